# title: The star who skips the process
# id: star-closer
# summary: Dev is your top closer, and nobody sees his deals until they sign, at discounts nobody approved. Tomás can't forecast, Helen loves the numbers, and the rest of the team is watching. Enforce the rule, find out why, or change the process?
# minutes: 11
# cast: Dev Malhotra, Tomás Ruiz, Helen Park, Ruth Okafor, Sam Lindqvist
# objective: Find out why an able person skips a process before deciding whether to enforce it, change it, or let it go.
# objective: Involve a capable but resistant rep in fixing the process, rather than policing him or leaving him to it.
# objective: Notice what the rest of the team learns from how you treat your star, and that a star can be new at teaching what he does.
# meters: trust, pipeline, results, morale
# account: Fenwick Hotels (a hotel group, 15 hotels)
# account: Meridian Care (a care home group, 18 homes)
# account: Kingsmead Garden Centres (a garden centre chain, 11 centres)

INCLUDE common/cast.ink

// ---------------------------------------------------------------------------
// Story state. Prefixed sc_ (star-closer). Money in thousands, integers only.
// trust: how far Dev trusts you. pipeline: how visible and real the region's
// forecast is. results: the quarter's number. morale: how the rest of the team
// feels about fairness and the work.
// Readiness (docs/cast.md): Dev is R3, able but unwilling, on the CRM and on
// pricing inside the cap; on showing Sam how he sells he is R2, unable but
// willing: he has never taught anyone. Ruth is R4 on fixing a process she uses.
// ---------------------------------------------------------------------------
VAR sc_public = false    // you made the CRM rule at the team review
VAR sc_heard = false     // you heard from Dev why he skips the CRM
VAR sc_offer = false     // Dev offered to build a leaner pipeline with Tomás
VAR sc_checks = false    // you go through Dev's deals field by field every Friday
VAR sc_ruth = false      // Ruth and Tomás are redesigning the CRM
VAR sc_signoff = false   // you told Helen you'd sign off every discount of Dev's
VAR sc_backed = false    // Helen backs the leaner pipeline
VAR sc_discount = 0      // Meridian's discount in per cent; 0 means it slipped
VAR sc_counter = false   // Dev stayed for a counter-offer
VAR sc_left = false      // Dev took the Northgate job
VAR sc_new = false       // the team has a leaner process that they built
VAR sc_sam = 0           // Sam's week with Dev: 1 your plan, 2 coached, 3 Dev's plan, 4 Dev's way
VAR sc_overruled = false // Helen told you to leave Dev alone until Meridian signs

-> start

// ===========================================================================
// Monday, week nine: Fenwick lands
// ===========================================================================
=== start ===
~ trust = 45
~ pipeline = 35
~ results = 55
~ morale = 45
Monday, week nine of the quarter. Half past eight, and the floor smells of coffee. #scene: office #music: calm
Tomás is at your desk before your coat is off, laptop open.
Fenwick Hotels. Closed-won, 180k, signed on Friday. #speaker: Tomás #mood: tense
It went into the CRM at seven this morning. First time I've ever seen it. #speaker: Tomás #mood: annoyed
Twenty-eight per cent off list, and nothing on the discount log. #clear #speaker: Tomás #mood: annoyed
That's the fourth of Dev's deals this year I found out about when it signed. I can't forecast a third of the region from his Friday texts. #speaker: Tomás #mood: worried
Your phone buzzes. #sfx: message
Fenwick!! Whatever Dev is doing, bottle it. #speaker: Helen #mood: pleased
Across the floor, Dev is on the phone with his feet up on the bin, laughing at something a buyer has said. #clear
Ruth walks past with her mug and doesn't quite lower her voice.
Nice to be Dev. I get a note from Tomás if my close date is a day out. #speaker: Ruth #mood: annoyed
Sam looks from Ruth to Dev, and back again.
~ lower(morale, 5)
So what do I do about Dev? #decision: Dev's deals outside the CRM #clear #speaker: Tomás #mood: tense #readiness: Dev R3 #debrief: What did Fenwick tell you about Dev, and what did you decide to do about it? #debrief: Who else was watching what you did about Dev, and what did they learn from it? #debrief: What will you do the next time your best performer ignores a process everyone else follows?
* [Make it a rule for everyone at Wednesday's pipeline review: if it isn't in the CRM, it isn't in the forecast. Dev included #manage:control=2 #manage:tell #approach:direct #debrief: What did saying it in front of the team add, and what did it cost?]
    -> review
* [Take Dev for a coffee tomorrow, away from the floor, and ask him what the CRM costs him #lead:ask=2 #lead:empower #approach:support #debrief: What did you expect to hear from Dev?]
    -> cafe
* [Let Dev be: he's at 140 per cent of quota. Tomás can ring him on Fridays and log his deals for him #manage:control #approach:none #debrief: Who pays for Dev's freedom in this arrangement, and whose job did the logging become?]
    -> leave_him

// ===========================================================================
// Branch A: the rule, in public
// ===========================================================================
=== review ===
Wednesday, the pipeline review. Six chairs, one screen, Tomás's forecast on it. #clear #scene: meeting-room #music: tense
You say it plainly. From today, if a deal isn't in the CRM, it isn't in the forecast. Everyone. Dev included.
Ruth raises an eyebrow at Priya. Sam writes it down.
Sure thing, boss. #speaker: Dev #mood: neutral
He says it to the table, with a smile that doesn't reach you.
~ sc_public = true
~ lower(trust, 10)
~ raise(morale, 5)
~ raise(pipeline, 5)
Friday afternoon. Tomás comes over, and he isn't smiling. #clear #scene: office #music: calm
Dev's done it. Every deal is in, all eleven. #speaker: Tomás #mood: annoyed
Every one at fifty per cent. Every close date the thirty-first. No contacts, no notes. It's in. It's just no use to me. #speaker: Tomás #mood: annoyed
Through the glass, Dev is walking out to the car park with his phone to his ear. #clear
That's the third call he's taken outside since Wednesday. #decision: Dev's deals: in, but empty #speaker: Tomás #mood: thoughtful #readiness: Dev R3 #debrief: What did Dev do with your rule, and what was he telling you? #debrief: When an able person complies on paper and nothing else, what has the rule bought you? #debrief: What would you do now to get the data and keep the closer?
* [Tell Dev you'll sit with him every Friday and go through his deals, field by field, until the data is right #manage:control=2 #manage:detail #manage:tell #approach:direct]
    -> a_fridays
* [Ask Dev for a coffee on Monday, away from the floor, and ask him what's going on #lead:ask #lead:empower #approach:support]
    -> a_cafe
* [Leave it with him: the rule stands, and how he keeps it is his business. He's still closing #lead:empower #approach:delegate]
    -> a_leave

=== a_fridays ===
Dev listens with his arms folded. #clear
Every Friday. Right. Shall I bring biscuits? #speaker: Dev #mood: annoyed
He turns up on time and fills in every field you point at. He doesn't offer a word you don't ask for.
~ sc_checks = true
~ lower(trust, 10)
~ raise(pipeline, 15)
-> helen_call

=== a_cafe ===
Monday, ten past eight. The café over the road, the one the team never uses. #clear #scene: cafe #music: calm
Dev sits down opposite you with his coat still on.
If this is about Wednesday, I got the message. Everyone did. #speaker: Dev #mood: defensive
You tell him it isn't. You want to know how he actually works his deals, and what the CRM gets in the way of.
He looks at you for a long moment. Then he takes his coat off. #clear
Forty-two fields. I sell from the car, between meetings. By the time I've done the fields, I've lost the afternoon. #speaker: Dev #mood: thoughtful
And the last big deal I logged early, the deal desk sat on my discount for nine days. The buyer went cold. #speaker: Dev #mood: annoyed
So I keep them in my head till they're done. Give me five fields I can do from my phone, and you'll have your data. #clear #speaker: Dev #mood: neutral
~ sc_heard = true
~ raise(trust, 15)
-> helen_call

=== a_leave ===
You leave it with him. Tomás goes back to his desk and builds the forecast from what he can guess. #clear
On Monday, Ruth's deals are all at fifty per cent, every close date the thirty-first.
She catches your eye across the floor and shrugs.
Seems to be allowed. #speaker: Ruth #mood: neutral
~ lower(morale, 10)
~ lower(pipeline, 5)
-> helen_call

// ===========================================================================
// Branch B: a coffee, away from the floor
// ===========================================================================
=== cafe ===
Tuesday, ten past eight. The café over the road, the one the team never uses. #clear #scene: cafe #music: calm
Dev gets there first, and he's already paid for your flat white.
Is this the CRM talk? Tomás has been giving me the look since Friday. #speaker: Dev #mood: neutral
You tell him partly. Mostly you want to know how he works his deals, and what the CRM costs him.
~ raise(trust, 5)
He turns his cup round a couple of times. #clear
Honest answer? Forty-two fields. I sell from the car, between meetings. By the time I've done the fields, I've lost the afternoon. #speaker: Dev #mood: thoughtful
And the last big deal I logged early, the deal desk sat on my discount for nine days. The buyer went cold. #speaker: Dev #mood: annoyed
~ sc_heard = true
So I keep them in my head till they're done. #clear #speaker: Dev #mood: neutral
Fenwick's procurement wanted thirty off. I gave them twenty-eight and got three years out of it. Was that wrong? #speaker: Dev #mood: defensive
He's watching you the way he watches a buyer. #readiness: Dev R3 #debrief: What did you learn about why Dev skips the CRM? #debrief: Which of his reasons were about the process, and which were about him? #debrief: How would you involve a rep like Dev in fixing a process he hates? #decision: Dev and the CRM rule
* [Ask him what the forecast would need from him that he'd actually keep up, and whether he'd build it with Tomás #lead:empower=2 #lead:direction #lead:ask #approach:support]
    -> b_build
* [Tell him what the forecast can't do without, and why. Then agree three stages he logs by each Friday, and look at them together #manage:control #manage:detail #approach:coach]
    -> b_minimum
* [Tell him you hear him, but the rule is the same for everyone: every field, every Friday #manage:control=2 #manage:detail #approach:direct]
    -> b_rule
* [Tell him you trust his judgement: keep working his way, and just text you the big ones #lead:empower=2 #approach:delegate]
    -> b_trust

=== b_build ===
He stops turning the cup. #clear
You're serious? #speaker: Dev #mood: thoughtful
Five fields. Stage, value, close date, who signs, and the discount. I could do that from the car park. #speaker: Dev #mood: pleased
And if Tomás can get a discount approved in a day instead of nine, I'll log every deal the week I find it. #speaker: Dev #mood: pleased
He's already typing a message to Tomás.
~ sc_offer = true
~ raise(trust, 15)
~ raise(pipeline, 10)
-> helen_call

=== b_minimum ===
You tell him: Helen plans the region on the forecast, and a third of it is blind. Then you write three stages on a napkin: qualified, proposal, verbal. Each one logged by Friday. #clear
Three I can live with. And the discounts? #speaker: Dev #mood: neutral
You tell him the cap is still fifteen per cent without sign-off. He nods, and doesn't argue.
By Friday, his three stages are in. Tomás sends you a thumbs-up.
~ raise(trust, 5)
~ raise(pipeline, 10)
-> helen_call

=== b_rule ===
He nods slowly, as if you've confirmed something. #clear
Thought you'd say that. #speaker: Dev #mood: neutral
By Friday, all eleven of his deals are in the CRM. Every field is filled. Half of them say "TBC".
~ lower(trust, 10)
~ raise(pipeline, 5)
-> helen_call

=== b_trust ===
He grins and finishes his coffee. #clear
Best meeting I've had all year. #speaker: Dev #mood: pleased
On Friday you get one text: "Meridian Care big one, v warm." Tomás reads it over your shoulder and goes back to his desk without a word.
~ raise(trust, 5)
~ lower(morale, 5)
-> helen_call

// ===========================================================================
// Branch C: leave him to it
// ===========================================================================
=== leave_him ===
Fine. I'll ring him on Fridays. #clear #speaker: Tomás #mood: neutral
He doesn't sound fine.
On Friday the call takes forty minutes. Dev spends half of it on his other phone. Tomás types with one finger, the way he does when he's cross.
Afterwards he drops a printout on your desk: Dev's deals, as Tomás heard them. Three have no close date. One just says "hospital?"
~ raise(trust, 5)
~ lower(pipeline, 5)
On Monday, Ruth comes to your desk, half smiling. #clear
Can I ask something? If I stop doing the CRM, will Tomás ring me on Fridays too? #speaker: Ruth #mood: neutral
She's half joking. At the next desk, Priya has stopped typing. #decision: Ruth asks about Dev's deal #readiness: Ruth R4 #debrief: What was Ruth really asking you? #debrief: What did your answer tell the rest of the team about the rules, and about Dev? #debrief: Who on your team could fix this better than you could?
* [Tell her the rules haven't changed: everyone logs their own deals, and you'll talk to Dev today #manage:control #manage:detail #approach:direct]
    -> c_rule
* [Ask her what she'd cut from the CRM if it were hers, and give her and Tomás a week to redesign it for the team #lead:empower=2 #lead:direction #lead:ask #approach:delegate]
    -> c_ruth
* [Ask her what she'd do about Dev, if she were you #lead:ask #lead:empower #approach:support]
    -> c_ask

=== c_rule ===
Fair enough. #clear #speaker: Ruth #mood: neutral
Priya goes back to her typing. That afternoon you stop at Dev's desk: his own deals, in the CRM, every Friday, like everyone else. Tomás isn't his secretary.
He takes his headset off to listen, then puts it back on.
Sure. #speaker: Dev #mood: annoyed
Ten minutes later, a spreadsheet of eleven deals lands in Tomás's inbox, with "happy now?" underneath. #clear
Tomás reads it, sighs, and starts copying it into the CRM himself.
~ lower(trust, 10)
~ raise(pipeline, 5)
~ raise(morale, 5)
-> helen_call

=== c_ruth ===
Ruth puts her mug down. #clear
Forty-two fields, and we use nine. I've been saying it for two years. #speaker: Ruth #mood: pleased
Give me Tomás and a whiteboard, and don't come in until Thursday. #speaker: Ruth #mood: pleased
By Thursday she and Tomás have a draft on the whiteboard: six fields, and discounts approved within a day.
Dev wanders over, reads it, and adds a seventh.
~ sc_ruth = true
~ raise(morale, 10)
~ raise(pipeline, 5)
~ raise(trust, 5)
-> helen_call

=== c_ask ===
Ruth thinks about it properly. She has seen three managers try to sort Dev out. #clear
Ask him why. He isn't lazy. Something in that system is costing him deals, or he'd do it. #speaker: Ruth #mood: thoughtful
So on Tuesday you buy Dev a coffee over the road, and you ask. #scene: cafe
Forty-two fields, and I sell from the car. Last time I logged a big one early, the deal desk sat on my discount for nine days. #clear #speaker: Dev #mood: annoyed
Give me five fields I can do from my phone, and you'll have your data. #speaker: Dev #mood: neutral
~ sc_heard = true
~ raise(trust, 10)
~ raise(morale, 5)
-> helen_call

// ===========================================================================
// Thursday, week ten: Helen's call
// ===========================================================================
=== helen_call ===
Thursday, week ten. Helen's weekly call. #clear #scene: video-call #music: tense
Before you reach your forecast, she's on to Dev.
Tomás tells me you've been looking at Dev's admin. #speaker: Helen #mood: tense
Dev is the best thing in your region. Meridian Care is 240k, and I need it this quarter. Don't slow him down. #speaker: Helen #mood: tense
Then she asks what else Dev has coming in before the quarter ends. #decision: Helen asks about Dev #clear #debrief: What did Helen ask for, and what did she actually need from you? #debrief: What did you choose to put in front of your boss: the detail, the reason, or the people? #debrief: How will you talk to Helen about Dev next quarter?
* [Take her through Dev's deals line by line: values, stages, close dates #manage:detail=2 #manage:control]
    -> h_detail
* [Tell her why it matters: a third of the forecast is blind, and 28 per cent discounts are a margin question she'll get next quarter. You'd rather fix it with Dev than police him #lead:direction=2 #lead:empower]
    -> h_why
* [Tell her you'll sign off every discount of Dev's yourself from now on, so there are no more surprises #manage:control=2 #manage:detail]
    -> h_signoff
* {sc_offer || sc_ruth} [Tell her the team is building a leaner pipeline that Dev will actually use, and ask her to back it #lead:direction #lead:empower=2]
    -> h_back

=== h_detail ===
{
- pipeline >= 45:
    You go through them: Meridian at proposal, Kingsmead Garden Centres at verbal, two smaller renewals. #clear
    That's the first time I've heard his pipeline from anyone but him. Good. #speaker: Helen #mood: pleased
    ~ raise(pipeline, 5)
- else:
    You have Tomás's guesses and Dev's Friday texts. Meridian is "warm". Kingsmead is "close". #clear
    So you don't know either. #speaker: Helen #mood: annoyed
    She moves on to Priya's numbers.
}
-> sam_week

=== h_why ===
Helen is quiet for a moment. #clear
Margin is next quarter's problem. #speaker: Helen #mood: tense
{
- pipeline >= 45:
    But I can't plan on surprises either, even good ones. Fix it. Just don't lose me Meridian. #speaker: Helen #mood: thoughtful
    ~ raise(pipeline, 5)
- else:
    And you can't tell me what he's got coming, so you're asking me to bet Meridian on a tidier CRM. No. #speaker: Helen #mood: annoyed
    Leave Dev alone until Meridian signs. I'll tell him myself: whatever it takes. #speaker: Helen #mood: tense
    ~ sc_overruled = true
    ~ lower(trust, 5)
}
-> sam_week

=== h_signoff ===
~ sc_signoff = true
Fine, as long as it doesn't cost me Meridian. #clear #speaker: Helen #mood: neutral
Tomás tells Dev about the sign-off before lunch. Dev doesn't mention it to you.
~ lower(trust, 5)
~ raise(pipeline, 5)
-> sam_week

=== h_back ===
~ sc_backed = true
A forecast from your region I can actually trust? I'll believe it when I see it. #clear #speaker: Helen #mood: thoughtful
But yes. Back it. Tell Dev I said so. #speaker: Helen #mood: pleased
You pass it on. Dev reads the message twice, then logs two more deals without being asked.
~ raise(trust, 5)
~ raise(pipeline, 5)
~ raise(morale, 5)
-> sam_week

// ===========================================================================
// Week eleven: Sam wants to ride along with Dev
// ===========================================================================
=== sam_week ===
Week eleven. Sam catches you by the kettle, notebook under one arm. #clear #scene: office #music: calm
Could I go out with Dev for a few days? I want to see how he actually does it. #speaker: Sam #mood: pleased
Across the floor, Dev has already heard.
Stick with me, kid. I'll show you the Friday-at-five trick. #speaker: Dev #mood: pleased
He has never shown anyone how he sells. When Sam asked him last month, he said, "You just feel it." #clear
{sc_offer:He's keen, though. He's been keener about most things since the café.}
Dev looks at you: his week, his calls, your call. #decision: Sam's week with Dev #readiness: Dev R2 #debrief: Dev is your best closer: how ready was he to teach it? #debrief: What did Sam bring back from his week with Dev, and who decided what that would be? #debrief: What do you want a new starter to copy from your star, and how would you make sure he does?
* [Let Dev take Sam along his way for the week #lead:empower=2 #approach:delegate]
    ~ sc_sam = 4
    Dev grins. Sam is in his passenger seat by nine.
    ~ raise(morale, 5)
* [Tell Dev what you'd like Sam to learn and why: how he finds out what a buyer needs before price comes up. Then ask how he'd show it, and talk after the first day #manage:tell #lead:direction #approach:coach]
    ~ sc_sam = 2
    Dev thinks about it. #clear
    Before price. Huh. I do do that, don't I? #speaker: Dev #mood: thoughtful
    After the first day he rings you from the car: he made Sam count the questions he asked before he said a number. Eleven.
    ~ raise(trust, 5)
    ~ raise(morale, 5)
* [Ask Dev what he thinks Sam should see, and back his plan #lead:ask #lead:empower #approach:support]
    ~ sc_sam = 3
    How I close. And how you get a discount past the deal desk without waiting nine days. #clear #speaker: Dev #mood: pleased
    You back it. Sam comes back on Wednesday with two pages on discounts and half a page on everything else.
    ~ raise(trust, 5)
* [Give Dev a plan for the week: two discovery calls, one proposal meeting, no discount talk, and a debrief with you and Sam on Friday #manage:control #manage:detail #approach:direct]
    ~ sc_sam = 1
    Dev reads your list twice. #clear
    No discount talk. With me. Right. #speaker: Dev #mood: annoyed
    He sticks to it. On Friday Sam has good notes, and Dev has said as little as he could.
    ~ lower(trust, 5)
- -> meridian

// ===========================================================================
// Week twelve: Meridian wants thirty off
// ===========================================================================
=== meridian ===
Week twelve. You're in the car outside a client's office when your phone rings. It's Dev. #clear #scene: car #sfx: phone
{
- sc_offer:
    Meridian's in the new fields, so Tomás has seen it. They want thirty off to sign this week. Before I do anything daft: sanity check? #speaker: Dev #mood: thoughtful
- sc_overruled:
    Meridian want thirty off. Helen says whatever it takes. I'm telling you because it's over the cap, not because I'm asking. #speaker: Dev #mood: neutral
- sc_signoff:
    Meridian want thirty off to sign this week. Apparently that's your call now. #speaker: Dev #mood: annoyed
- trust < 40:
    Meridian want thirty off to sign by Friday. I need a yes by four. #speaker: Dev #mood: tense
- else:
    Meridian want thirty off to sign this week. It's over the cap, so I'm asking. #speaker: Dev #mood: neutral
}
Thirty off 240k is 72k, on one deal. Everyone else on the team stays at fifteen or under. #decision: Meridian wants thirty off #readiness: Dev R3 #debrief: What did you hear when Dev said "thirty off"? #debrief: What did your answer reward: closing hard, or finding out what the buyer needs? #debrief: What will the rest of the team copy from how this deal closed?
* [Approve it. It's his deal, he knows the buyer, and the quarter needs it #manage:push=2 #approach:delegate]
    -> m_yes
* [Ask him what Meridian is actually trying to fix, and whether price is really what's stopping them. Then it's his call #lead:pull=2 #lead:ask #lead:empower #approach:support]
    -> m_ask
* [Hold the cap: tell him to go back and close it at fifteen #manage:detail #manage:control #manage:tell #approach:direct]
    -> m_cap

=== m_yes ===
Knew you'd get it. #clear #speaker: Dev #mood: pleased
Meridian signs on Friday, at thirty off.
By Monday, Sam is asking Dev how you get a discount like that through. Tomás hears it and says nothing.
~ sc_discount = 30
~ raise(results, 20)
~ raise(trust, 5)
~ lower(morale, 5)
-> check_dev

=== m_ask ===
{
- trust >= 50:
    There's a pause on the line. #clear
    Actually... it isn't price. They've got three new homes opening in May and nobody to train the staff. #speaker: Dev #mood: thoughtful
    If we phase the onboarding and build in the training days, I reckon they'd take ten off. Let me try. #speaker: Dev #mood: pleased
    On Friday, Meridian signs at ten per cent, training included.
    ~ sc_discount = 10
    ~ raise(results, 20)
    ~ raise(trust, 10)
    ~ raise(pipeline, 5)
- else:
    Price. It's always price with procurement. #clear #speaker: Dev #mood: annoyed
    So do I have the thirty or not? I need a yes by four. #speaker: Dev #mood: annoyed
    He needed an answer, and you gave him a question. You tell him you'd like him to try first. He rings off.
    Meridian signs on Friday, at twenty-five off. You hear it from Tomás.
    ~ sc_discount = 25
    ~ raise(results, 20)
}
-> check_dev

=== m_cap ===
Fine. Fifteen. #clear #speaker: Dev #mood: annoyed
{
- sc_overruled:
    At half four Tomás comes over with his laptop. Dev rang Helen. Meridian signed at thirty, on Helen's say-so.
    She said whatever it takes. #speaker: Tomás #mood: worried
    ~ sc_discount = 30
    ~ raise(results, 20)
    ~ lower(trust, 10)
    ~ lower(morale, 5)
- trust >= 55:
    He rings back at five. Meridian have signed at fifteen, on a three-year term.
    You owe me a coffee. #speaker: Dev #mood: pleased
    ~ sc_discount = 15
    ~ raise(results, 15)
- else:
    On Friday, Meridian's procurement team say they'll look again in the new financial year. 240k slides into next quarter.
    Dev tells Tomás, not you.
    ~ lower(trust, 10)
}
-> check_dev

=== check_dev ===
{
- trust < 40:
    -> northgate
- else:
    -> team_review
}

// ===========================================================================
// Friday, week twelve: the recruiter's call (only if Dev has gone cold)
// ===========================================================================
=== northgate ===
Friday, half past five. The floor is nearly empty when Dev stops at your desk. #clear #scene: office
So you hear it from me. Northgate have offered me a job. #speaker: Dev #mood: neutral
More base, and their CRM is a notepad. I haven't said yes. #speaker: Dev #mood: neutral
{sc_public:He doesn't mention Wednesday's review. He doesn't have to.}
He waits, hands in his pockets. #readiness: Dev R3 #debrief: Why was Dev in your office, rather than just handing in his notice? #debrief: What would keeping him have cost, and what would losing him? #debrief: What would you do in the next month to make the recruiter's call matter less? #decision: Dev's job offer
* [Ask him what would make him want to stay, and listen to the whole answer #lead:ask #lead:empower #approach:support]
    -> n_listen
* [Tell him you'll get Helen to match it, and that the CRM rule still stands #manage:control #manage:detail #manage:tell #approach:direct]
    -> n_match
* [Tell him it's his career and his call. You'd like him to stay, but you won't bid against them #lead:empower=2 #approach:delegate]
    -> n_his_call

=== n_listen ===
He pulls up a chair, which he has never done before. #clear
It isn't the money. It's being treated like the problem. Forty-two fields. Nine days for a discount.{sc_public: Being told off in front of Sam.} #speaker: Dev #mood: annoyed
{sc_public:You tell him the review was your call, and you'd do it differently now.|You tell him you hear all three.}
Fix the fields with me, properly, and I'll tell Northgate no. #speaker: Dev #mood: thoughtful
~ sc_heard = true
~ raise(trust, 20)
-> team_review

=== n_match ===
Helen agrees within the hour. #clear
For Dev? Done. #speaker: Helen #mood: pleased
Dev stays. He thanks you, briefly, and fills in his fields on Friday as before.
By Monday, the whole floor knows what his counter-offer was.
~ sc_counter = true
~ lower(morale, 10)
-> team_review

=== n_his_call ===
Fair enough. #clear #speaker: Dev #mood: neutral
By Monday morning, his resignation is in your inbox. Northgate want him to start in a month.
He spends his notice handing his accounts over to Ruth and Priya, carefully, and in detail.
~ sc_left = true
~ lower(results, 10)
~ lower(morale, 5)
-> team_review

// ===========================================================================
// Monday, week thirteen: how the team runs its pipeline from now on
// ===========================================================================
=== team_review ===
~ temp route = 0
{
- sc_offer && not sc_left:
    ~ route = 1
- sc_ruth:
    ~ route = 2
- sc_heard && not sc_left:
    ~ route = 3
- else:
    ~ route = 4
}
Monday, week thirteen. The last pipeline review of the quarter. #clear #scene: meeting-room #music: calm
{
- sc_left:
    Dev's chair is empty. His resignation came in at seven this morning.
- sc_checks:
    Dev's data has been clean for three Fridays. It has taken you three hours a week.
- sc_offer:
    Dev's five fields are on the screen. Tomás has already built them into the CRM.
- sc_ruth:
    Ruth's whiteboard is on the screen: seven fields, and one of them is Dev's.
}
One question for the room. What does the CRM ask of everyone next quarter? #speaker: Tomás #mood: thoughtful
Everyone looks at you. #debrief: Who decided how the team will run its pipeline next quarter? #debrief: What did the team learn about whether the rules are the same for everyone? #debrief: What will you check in a month to know whether it's working? #decision: How the team runs the CRM
* [Keep the full CRM, every field, and Tomás checks every rep's deals on Fridays. Dev included #manage:control=2 #manage:detail]
    -> t_lock
* {route == 1} [Let Dev and Tomás present their five fields, and ask the team to try them for a quarter #lead:empower=2 #lead:direction]
    -> t_dev
* {route == 2} [Let Ruth and Tomás present their seven fields, and ask the team to try them for a quarter #lead:empower=2 #lead:direction]
    -> t_ruth
* {route == 3} [Ask Dev to build a leaner version with Tomás over the next fortnight, and the team to test it #lead:empower=2 #lead:direction]
    -> t_ask_dev
* {route == 4} [Tell the team why the forecast matters, and ask them to decide together what the CRM must hold #lead:direction=2 #lead:empower]
    -> t_team
* [Decide the required fields yourself, cut the CRM to those, and announce it for everyone from Monday #manage:control #manage:tell]
    -> t_cut

=== t_lock ===
~ raise(pipeline, 15)
~ lower(morale, 5)
Nobody argues. Ruth writes "Fridays" in her notebook and underlines it twice. #clear
{
- sc_left:
    Priya asks who will check the accounts Dev is handing over. You will.
- sc_checks:
    Tomás does the sum out loud: three hours a week, times four reps. Nobody laughs.
    ~ lower(morale, 5)
- else:
    Dev fills in every field that week, and says nothing about it.
    ~ lower(trust, 5)
}
-> quarter_end

=== t_dev ===
~ sc_new = true
~ raise(pipeline, 15)
~ raise(morale, 15)
~ raise(trust, 10)
Dev presents. He's better at it than Tomás expected, and Tomás says so. #clear
So how do you get your discounts through? #speaker: Sam #mood: thoughtful
Mostly you don't. You ask what the buyer's trying to fix, and then you need less of one. #speaker: Dev #mood: pleased
{sc_backed:After the meeting, Helen asks for a copy of the slide.}
-> quarter_end

=== t_ruth ===
~ sc_new = true
~ raise(pipeline, 15)
~ raise(morale, 15)
~ raise(trust, 5)
Ruth presents, with Tomás clicking the slides. She's more animated than you've seen her all year. #clear
{sc_left:Priya points out which of Dev's old accounts the new fields would have caught.|Dev says he'll try it for a quarter. Then he says his field was the best one.}
{sc_backed:After the meeting, Helen asks for a copy of the slide.}
-> quarter_end

=== t_ask_dev ===
{
- trust >= 45:
    A fortnight? Give me a week. #clear #speaker: Dev #mood: pleased
    Tomás pulls his chair over to Dev's before the meeting has finished.
    ~ sc_new = true
    ~ raise(pipeline, 10)
    ~ raise(trust, 10)
    ~ raise(morale, 10)
- else:
    I'll think about it. #clear #speaker: Dev #mood: neutral
    He doesn't say no. He doesn't look up from his phone, either.
    ~ raise(pipeline, 5)
}
-> quarter_end

=== t_team ===
~ raise(pipeline, 10)
~ raise(morale, 10)
You tell them what the forecast is for: a number Helen can plan the region on, and early warning when a deal is wobbling. #clear
Ruth starts crossing fields off Tomás's list. By the end of the hour there are eight left.
{
- sc_left:
    Priya says Dev would have liked it. Nobody disagrees.
- else:
    Dev adds one, about discounts, and agrees to the rest.
    ~ sc_new = true
    ~ raise(trust, 5)
}
-> quarter_end

=== t_cut ===
~ raise(pipeline, 10)
~ raise(morale, 5)
You put your five fields on the screen. Stage, value, close date, who signs, discount. #clear
{
- sc_left:
    Ruth nods. Priya looks relieved.
- sc_offer || sc_ruth:
    {sc_offer:They are Dev's five, with your name on the slide.|They are close to Ruth's whiteboard, with your name on the slide.} Nobody says so.
    {sc_offer:Dev looks at Tomás, then at his phone.|Ruth looks at Tomás, then at her coffee.}
    ~ lower(trust, 10)
- else:
    Five? Fine. Five I can do. #speaker: Dev #mood: neutral
    ~ raise(trust, 5)
}
-> quarter_end

// ===========================================================================
// The last day of the quarter
// ===========================================================================
=== quarter_end ===
The last day of the quarter. Tomás's roll-up lands in your inbox at four. #clear #scene: office #music: calm
{sc_discount:
- 0:
    Meridian sits in next quarter's pipeline, at fifteen per cent off if it comes.
- 10:
    Meridian closed at ten per cent off, with the training built in.
- 15:
    Meridian closed at fifteen per cent off, on a three-year term.
- 25:
    Meridian closed at twenty-five per cent off.
- else:
    Meridian closed at thirty per cent off.
}
{
- sc_left:
    -> end_gone
- sc_new && trust >= 55:
    -> end_built
- pipeline >= 55 && not (sc_sam >= 3 && sc_discount >= 25):
    -> end_rule
- else:
    -> end_two_rules
}

// Endings. Each opens somewhere different, so that the first face and the
// sound do not tell the room how it went.
=== end_built ===
On Monday, Dev logs a new deal from the car park at ten past eight. #clear #music: calm
Tomás reads it, then turns his screen round so you can see the discount field.
Twelve per cent. He's asked for approval. First time ever. #speaker: Tomás #mood: pleased
{sc_sam == 2:Sam is in Dev's passenger seat again, counting questions.|Sam has started logging his deals from the car park too.}
Helen's message arrives while you're still reading: #clear #sfx: message
{
- pipeline >= 60:
    Your region landed within 5k of its forecast. Dev's deals included. What did you do? #speaker: Helen #mood: pleased #ending: built-together
- sc_discount == 0:
    Meridian slipped, but I saw it coming three weeks out. That's new. #speaker: Helen #mood: thoughtful #ending: built-together
- else:
    Messy forecast this quarter. But I can see Dev's pipeline now. Keep going. #speaker: Helen #mood: thoughtful #ending: built-together
}
-> END

=== end_rule ===
Every deal on the team is in the CRM, every field filled, Dev's included. #clear #music: off
{sc_counter:He's paid more than anyone on the floor now, and everyone knows it.|He closes what he closes, and he logs it the way he's told.}
Helen's message comes in at five. #sfx: message
{sc_discount:Forecast held. Good.|Meridian slipped. But you told me it might, so at least I could plan for it.} #speaker: Helen #mood: neutral
{sc_new:Dev went along with the new fields. He hasn't suggested anything since.|Dev hasn't suggested anything in a meeting for a month.} #ending: rule-holds
-> END

=== end_two_rules ===
{
- sc_sam >= 3:
    On Monday, Sam's first big deal goes into the CRM on the day it signs, at twenty-five off. #clear #music: off
    He rode with Dev for a week. He learned what he was shown. #speaker: Tomás #mood: annoyed
- sc_discount >= 25:
    On Monday, Sam's first big deal goes into the CRM on the day it signs, at twenty-five off. #clear #music: off
    He learned that from somebody. #speaker: Tomás #mood: annoyed
- else:
    On Monday, Ruth's new deals go in at fifty per cent, every close date the thirty-first. #clear #music: off
    Nobody's really checking, are they? #speaker: Ruth #mood: neutral
}
Helen rings at five. #sfx: phone
{sc_discount:
- 0:
    Meridian slipped and nobody told me until Friday. I thought you were fixing this. #speaker: Helen #mood: annoyed
- else:
    Great quarter from Dev. Shame I found out about half of it from the roll-up. #speaker: Helen #mood: neutral
}
Tomás starts next quarter's forecast the way he finished this one: from his own notes. #ending: two-rulebooks
-> END

=== end_gone ===
Dev's last day is a Friday, a month later. He leaves a box of pastries by the coffee machine and a note for Tomás: "Sorry about the fields." #clear #music: off
{sc_sam == 2:Sam keeps the page where he counted Dev's questions. Eleven.}
Helen's message that morning is four words long. "You lost him. Northgate?" #sfx: message
On Monday, Priya finds Kingsmead Garden Centres in one of his handover notes. The buyer's number isn't in the CRM. #ending: star-walks
-> END
