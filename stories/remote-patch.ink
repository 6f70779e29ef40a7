# title: The patch you can't see
# id: remote-patch
# summary: Callum and Lorna work the northern patch from home, two hundred miles away. Callum's records are perfect and his meetings are thin; Lorna's records are nearly empty and her customers love her. Trust the dashboard, trust the people, or go and see?
# minutes: 12
# cast: Dev Malhotra, Callum Reid, Lorna Gillespie, Tomás Ruiz, Helen Park
# objective: Judge how ready a rep is for each task from evidence you can get at a distance, not from how tidy their record looks.
# objective: See that the same rep can need a free hand on one task and a clear plan, checked, on another.
# objective: Check the quality of the work and not only its count, and notice when waiting for better data costs a customer.
# meters: customer, trust, pipeline
# account: Kestrel Coaches (a coach operator, 9 depots)
# account: Thornbury Vets (a group of veterinary practices, 14 practices)
# account: Fellside Lodges (a holiday lodge park group, 12 parks)

INCLUDE common/cast.ink

// Choices are sticky (+) and their outcomes are written inline, so that two ways into the same
// situation with the same variables are one state for the story checker.

// ---------------------------------------------------------------------------
// Story state (prefixed rp_ for "remote patch"). Integers and booleans only.
// Readiness (docs/cast.md): Callum is R4 on records, reports and the CRM, and R2 (unable but
// confident) on running a meeting that has to find out what a customer needs. Lorna is R4 with her
// customers and R3 (able but unwilling) on keeping the record.
// customer: how the northern customers feel about us (Kestrel above all); trust: how far Callum and
// Lorna trust you; pipeline: how real the northern pipeline is.
// ---------------------------------------------------------------------------
VAR rp_kes = 0       // Kestrel's renewal: 1 Callum found the problem (three years); 2 on your questions (one year);
                     // 3 a month to come back with a plan; 4 you ran it; 5 kept with Lorna in the room (one year);
                     // 6 three years at fifteen per cent off; 7 out to tender
VAR rp_lorna = 0     // Lorna's record: 1 every field, checked; 2 three things per account, built with her;
                     // 3 the outcome agreed, her way; 4 Tomás types up her notebook
VAR rp_cal = 0       // Callum's first meetings: 1 a call plan and a check on quality; 2 your questions;
                     // 3 left to him; 4 a count target
VAR rp_rep = 0       // the meeting report: 1 his to build, or worked out with him (one state: either way he
                     // works out what a good meeting looks like); 4 Tomás's five fields, checked
VAR rp_grew = false  // by month end Callum's meetings find out what the customer needs
VAR rp_rhythm = 0    // next quarter: 1 visits; 2 the report on the Monday call; 3 a direction and a Friday question; 4 they pair up
VAR rp_yours = 0     // how often you did their work yourself, or had it done for them

-> start

// ===========================================================================
// Monday evening: the M1 southbound
// ===========================================================================
=== start ===
~ customer = 55
~ pipeline = 45
Monday, half past six in the evening. The M1 southbound, rain, and three miles of brake lights. #scene: car #music: calm
You've been at the hospitality trade show in Harrogate since Saturday. Callum and Lorna did one day on the stand and went back to their customers.
Dev's car is in a garage in Leeds, so he is in your passenger seat.
He has his laptop open. Dev never has his laptop open.
Don't look at me like that. I was bored. I've been reading Callum's CRM. #speaker: Dev #mood: thoughtful
-> pattern

=== pattern ===
Callum Reid and Lorna Gillespie work the northern patch from home, two hundred miles from the office. You see them once a month, when the A1 lets you. #clear
On Tomás's dashboard Callum is top of the region: twenty-two meetings a week, every field filled in, every call logged by six. Lorna is bottom: forty-one per cent on data quality, and notes three words long.
Every one of his meetings is forty-five minutes. Every one is "positive". And the next step is always "send proposal". #speaker: Dev #mood: thoughtful
Eighty-eight first meetings last month. Four second meetings. Nobody's meetings go like that. Mine don't. #speaker: Dev #mood: tense
He scrolls down. #clear
Kestrel Coaches. A third of his book, up for renewal in a fortnight. Renewal meeting tomorrow at ten. Status: "On track. Positive." #speaker: Dev #mood: neutral
I hate this thing, you know I do. But I know what a deal looks like when nobody's asked the buyer anything. #speaker: Dev #mood: thoughtful
He shuts the laptop. The traffic moves twenty yards and stops. #clear
It's nearly seven. Callum will be at his kitchen table, logging the day's calls before he eats. #decision: Callum's meeting tomorrow #debrief: What did you know about Callum's meetings on Monday night, and how did you know it? #debrief: What can a record tell you about a rep's work from two hundred miles away, and what can't it? #debrief: Which rep on your own team do you judge mostly from a screen, and what would you look at instead?
+ [Leave tomorrow to Callum: his renewal, his meeting, and the best record in the region. He'll tell you how it went when you see him on Thursday #lead:empower]
    You tell Dev that Callum's records have never once been wrong. #clear
    Records aren't the meeting. But you're the boss. #speaker: Dev #mood: neutral
    He puts his headphones in. You drive the last hundred miles with the radio on.
    On Tuesday at twenty to twelve, Kestrel's record updates: "Renewal meeting held. Positive. Paperwork to follow."
    -> lorna_rings
+ [Message Tomás from the next services: by tomorrow you want a different report, rep by rep, of how many first meetings led to a second one #manage:detail]
    Tomás replies before you're back on the motorway: a thumbs-up, and "Interesting question." #clear #sfx: message
    His report arrives at two on Tuesday. Last quarter, first meetings that led to a second: the team, thirty-eight per cent. Lorna, sixty-one. Callum, six.
    His data's perfect. It's perfectly clear, too. I've been admiring the wrong column for three years. #speaker: Tomás #mood: worried
    Kestrel's meeting was at ten. At twenty to twelve Callum logged it: "Renewal meeting held. Positive. Paperwork to follow."
    -> lorna_rings
+ [Ring Callum now, hands-free, and go through tomorrow's Kestrel meeting with him #manage:control]
    -> kestrel_call

// ===========================================================================
// Monday, seven o'clock: Callum on the hands-free
// ===========================================================================
=== kestrel_call ===
He answers on the second ring. Somewhere behind him, a kettle. #clear
Callum speaking. Oh, hi! Yes, all set for Kestrel. The new driver app demo's loaded, the renewal paperwork's drafted, and it'll be logged by lunch. #speaker: Callum #mood: pleased
You ask what Wendy Dale, Kestrel's operations director, said was bothering her last time.
Bothering her? She said it was all fine. She always says it's all fine. #speaker: Callum #mood: neutral
Dev raises an eyebrow at the windscreen and says nothing. #clear
Dev holds up four fingers. Four second meetings in eighty-eight.
The meeting is in fifteen hours. #decision: The night before Kestrel #readiness: Callum R2 #debrief: What did Callum need from you the night before the renewal? #debrief: Callum keeps a perfect record and runs a thin meeting: which of the two was tomorrow about, and what did that mean for how you helped? #debrief: How will you prepare a rep for a meeting you can't be in?
+ [Agree a plan with him: three things Wendy must tell him before the demo comes out, and why each matters. Ask what he'd add, and have him ring you with what she said #manage:detail #manage:control #approach:coach]
    ~ rp_kes = 1
    He's quiet for a moment. #clear
    And if she says it's all fine? #speaker: Callum #mood: worried
    Then, you tell him, ask her what a bad Monday morning looks like at one of her depots. He writes it down, and asks if he can add a question about the new drivers' hours rules. You say yes.
    Tuesday, twenty past eleven. Your phone rings. #clear #sfx: phone
    She talked for twenty minutes. The drivers' hours rules changed in March, and Whitby builds its rotas on a whiteboard because our app can't do split shifts. She's had a rival in. #speaker: Callum #mood: thoughtful
    Three years, if we fix split shifts by the summer. I never opened the laptop. #speaker: Callum #mood: pleased
    ~ raise(customer, 15)
    ~ raise(pipeline, 10)
    ~ raise(trust, 5)
+ [Ask him what he thinks might really be worrying Wendy, and what would make her want three more years #lead:ask #lead:pull #approach:support]
    ~ rp_kes = 3
    A long pause. The wipers go back and forth. #clear
    I... don't actually know. #speaker: Callum #mood: worried
    You ask what he could find out before ten. Not much, he says. Wendy isn't one for phone calls.
    Tuesday, half past eleven. He rings you from Kestrel's car park. #clear #sfx: phone
    I asked her if anything wasn't working. She said split shifts, at Whitby. I didn't know what to say, so I showed her the app. #speaker: Callum #mood: worried
    She wants a month to look at the market, and then a plan from us. That's good, isn't it? #speaker: Callum #mood: thoughtful
    ~ raise(pipeline, 5)
    ~ raise(trust, 5)
+ [Give him three questions to ask, word for word, before anything else comes out, and have him ring you the minute he's out #manage:tell #manage:control #approach:direct]
    ~ rp_kes = 2
    He types them into his meeting template as you say them. #clear
    Got them. Word for word. #speaker: Callum #mood: pleased
    Tuesday, eleven o'clock on the dot, he rings. #clear #sfx: phone
    I read them out. The first two she answered in a sentence. The third, about drivers' hours, she talked about for ten minutes: split shifts at Whitby. #speaker: Callum #mood: pleased
    One year, while we fix it. That third question was gold. Have you got more like that? #speaker: Callum #mood: pleased
    ~ raise(customer, 5)
    ~ raise(pipeline, 5)
+ [Tell him you'll join the meeting by phone and take the renewal conversation yourself: a third of his book is too much to leave to a demo #manage:control=2 #approach:none]
    ~ rp_kes = 4
    ~ rp_yours += 1
    Oh. Right. Yes, of course. #clear #speaker: Callum #mood: worried
    On Tuesday you dial in at ten from the small meeting room. Callum introduces you, and within five minutes Wendy is talking to you.
    You find the trouble in ten: split shifts at the Whitby depot, since the drivers' hours rules changed. Three years, if it's fixed by the summer.
    At eleven Callum logs it: "Renewal agreed (manager on the call). Positive."
    ~ raise(customer, 10)
    ~ raise(pipeline, 5)
    ~ lower(trust, 5)
- -> helen_note

// ===========================================================================
// Wednesday morning: Lorna rings
// ===========================================================================
=== lorna_rings ===
Wednesday, five past eight. You're barely at your desk when your phone rings. Lorna. Lorna never rings. #clear #scene: office #sfx: phone
Wendy Dale at Kestrel rang me last night. I sold to her at her old firm, years back. #speaker: Lorna #mood: worried
She's had a rival in. She says nobody from us has asked her a question in a year. She's asked Callum for a three-month extension while she looks at the market. #speaker: Lorna #mood: worried
I haven't said anything to Callum. It's his account. I thought you'd want to know. #speaker: Lorna #mood: neutral
You open Kestrel's record. Yesterday's entry, and a new one from last night: "Extension requested. Next step: send paperwork. Positive." #clear
Wendy puts it to her board tomorrow morning. #decision: Wendy asks for an extension #debrief: What did trusting the record cost, and when could you have known? #debrief: Who knew the truth about Kestrel, and why did it reach you through her and not through the record? #debrief: What will you do the next time the record and a phone call disagree?
+ [Ring Wendy yourself this morning, and find out what has gone wrong before anyone mentions price #manage:control=2 #lead:pull]
    ~ rp_kes = 4
    ~ rp_yours += 1
    She picks up on the second ring, and she doesn't hold back. #clear
    Since the drivers' hours rules changed in March, Whitby builds its rotas on a whiteboard. Your app can't do split shifts. I told your lad twice. He sent me a video. #speaker: Wendy #mood: annoyed
    She agrees to a year, not three, if someone who listens comes back with a plan.
    You tell Callum at lunchtime. He's quiet for a long time. #clear
    She never said any of that to me. #speaker: Callum #mood: defensive
    ~ raise(customer, 10)
    ~ lower(trust, 5)
+ [Ask Lorna to go to Kestrel with Callum this afternoon: his account and his meeting, with someone Wendy trusts in the room #manage:control #lead:pull]
    ~ rp_kes = 5
    I can be there by two. #clear #speaker: Lorna #mood: neutral
    At four, a message from her: "Done. One year. Split shifts at Whitby. He did all right." #sfx: message
    Callum rings ten minutes later. #clear #sfx: phone
    Lorna asked Wendy one question and then just waited. Wendy talked for half an hour. I never opened the laptop, because Lorna kept hers shut. #speaker: Callum #mood: thoughtful
    ~ raise(customer, 10)
    ~ raise(pipeline, 5)
    ~ raise(trust, 5)
+ [Approve fifteen per cent off for a three-year signature, and have Callum take it to Wendy today #manage:push=2]
    ~ rp_kes = 6
    Callum is delighted. By four o'clock Wendy has signed three years at fifteen per cent off. #clear
    Lorna rings again that evening. #sfx: phone
    Wendy says thanks for the discount. She also says it was never about price. Whitby's rotas are still on a whiteboard. #speaker: Lorna #mood: neutral
    ~ raise(pipeline, 5)
    ~ lower(customer, 5)
+ [Ring Callum, pass on what Wendy told Lorna, and leave the win-back to him before her board meets: his account, his call. You'll go through it with him when you're up #lead:empower]
    ~ rp_kes = 7
    Right you are. #clear #speaker: Lorna #mood: neutral
    Callum thanks you for the heads-up. He sounds sure of himself.
    Leave it with me. I'll get something over to her today. #speaker: Callum #mood: pleased
    That afternoon he sends Wendy a fresh proposal, with a video of the new driver app. It is logged at six: "Revised proposal sent. Positive."
    ~ lower(customer, 10)
- -> helen_note

// ===========================================================================
// Wednesday afternoon: Helen's message
// ===========================================================================
=== helen_note ===
Wednesday afternoon. A message from Helen. #clear #scene: office #sfx: message
Data-quality table is out. Lorna 41%, bottom of the region. Head office audits at month end. Sort it before they ask me. #speaker: Helen #mood: tense
-> visit

// ===========================================================================
// Thursday: the visit
// ===========================================================================
=== visit ===
Thursday, ten to six in the morning. The A1 north, nearly empty, and the sun coming up on your right. #clear #scene: car #music: calm
Two hundred miles. You have one day: the morning with Lorna, the afternoon with Callum.
-> fellside

=== fellside ===
Half past nine. The café at Fellside Lodges' biggest park, looking out over the water. #clear #scene: cafe
Irene Marsden, the general manager, hugs Lorna at the door and shakes your hand.
For an hour Lorna hardly mentions the product. She asks about the summer staff, the Saturday changeovers, Irene's knee. She writes in a small black notebook.
Then Irene mentions, in passing, that the board has bought a second site for next spring. Thirty lodges. They'll want it on the system from day one. #clear
That is in no record you have ever seen. It's worth more than Kestrel.
Lorna knows our rotas better than I do. #speaker: Irene #mood: pleased
In the car park, Lorna taps the notebook before you can ask. #clear
It's in here. Everything's in here. And I know about the audit. Tomás told me. #speaker: Lorna #mood: defensive
I can fill in a form, I'm not daft. But in ten years nobody has read a note of mine, so I stopped writing them for nobody. I'd rather be in there than typing at my kitchen table. #speaker: Lorna #mood: annoyed
{rp_kes == 5:
    And yes, I'll go with Callum again if you want. He listened, once he'd stopped talking. #speaker: Lorna #mood: neutral
}
Helen's message is still on your phone. #decision: Lorna's notebook and the CRM #clear #readiness: Lorna R3 #debrief: How able was Lorna to keep a record, and how willing? #debrief: What did the audit need, and what did Lorna's customers need? #debrief: What would make a record worth keeping for a rep who works alone, two hundred miles from anyone who reads it?
+ [Ask her what a record would need to hold to be worth ten minutes of her evening, and what the team would need to pick up Fellside if she were off for a month #lead:ask #approach:support]
    ~ rp_lorna = 2
    Nobody's ever asked me what the notes are for. #clear #speaker: Lorna #mood: thoughtful
    She leans on the car and thinks about it.
    Three things, then. Who matters there. What's worrying them. What I've promised. I can do three things. #speaker: Lorna #mood: pleased
    She puts Irene's spring site into the CRM there and then, on her phone: three lines.
    ~ raise(trust, 10)
    ~ raise(pipeline, 10)
+ [Tell her what the audit needs: every meeting logged within a day, every field filled in, and Tomás checking it each Friday #manage:tell #manage:control #manage:detail #approach:direct]
    ~ rp_lorna = 1
    Every field. Fine. #clear #speaker: Lorna #mood: annoyed
    She puts the notebook in her bag, and doesn't take it out again while you're there.
    ~ raise(pipeline, 10)
    ~ lower(trust, 10)
    ~ lower(customer, 5)
+ [Agree the outcome and why: by the audit, anyone on the team could pick up any of her accounts from the record. How she gets there is up to her #lead:empower=2 #lead:direction #approach:delegate]
    ~ rp_lorna = 3
    Anyone could pick them up. Right. #clear #speaker: Lorna #mood: neutral
    She says it the way she might agree to water someone's plants: she'll do it, and she'll decide which ones need it.
    ~ raise(trust, 5)
    ~ raise(pipeline, 5)
+ [Tell her not to worry about the audit: she photographs her notebook each Friday, and Tomás types it up for her #manage:control #approach:none]
    ~ rp_lorna = 4
    ~ rp_yours += 1
    Lorna laughs for the first time all morning. #clear
    Tomás, when you ring him, doesn't. Twelve pages a week? In her handwriting? #speaker: Tomás #mood: worried
    ~ raise(trust, 5)
    ~ raise(pipeline, 5)
- -> thornbury

=== thornbury ===
Half past one. Thornbury Vets' head office sits above its busiest practice; downstairs, a dog is disagreeing with somebody. #clear #scene: meeting-room
{
- rp_kes == 7:
    On the stairs Callum tells you about Kestrel: Wendy's board met this morning. They've taken the three-month extension, and the contract is going out to tender.
    That's just procurement, though. They always do that. #speaker: Callum #mood: neutral
- rp_kes == 4:
    Callum is polite with you today, and careful. He hasn't mentioned Kestrel once.
}
Callum is early, pressed, and has his laptop open before Neil Barraclough, the practice manager, has sat down. #clear
{
- rp_kes == 1 || rp_kes == 5:
    He opens with a question: what's the hardest part of Neil's week? Neil says locum vets: finding them, covering them, paying them.
    Callum nods, says the app handles locums too, and starts the demo. Forty minutes of it.
- else:
    He opens with the demo. Forty minutes: the app, the shift swaps, the reports, and the new driver module, which a vets' practice has no use for.
    Twice, Neil says their real problem is locum vets. Twice, Callum says the app handles locums too, and moves to the next slide.
}
At ten past two Neil looks at his watch. #clear
Could you send me something over? #speaker: Neil #mood: neutral
In the car park Callum is logging it on his phone before you've found your keys: "First meeting. Positive. Next step: send proposal." #scene: car
Went well, I thought. He was really positive. #speaker: Callum #mood: pleased
{rp_kes == 6:
    And Kestrel's signed for three years. Fifteen off, but still. #speaker: Callum #mood: pleased
}
Three years in, the tidiest record in the region, and nobody has ever sat in on one of his first meetings. Until today. #decision: Callum's first meetings #clear #readiness: Callum R2 #debrief: What did you see in Thornbury's meeting room that no report had shown you? #debrief: Callum was sure the meeting went well: what did that tell you about how able he was to run one, and how willing? #debrief: How will you check the quality of a remote rep's meetings, and not just how many they hold?
+ [Set him a target on Tomás's dashboard: twenty-five first meetings a week, a second from one in three, and ask for it before he leaves the room #manage:detail=2 #manage:tell #approach:direct]
    ~ rp_cal = 4
    A target he understands. He looks relieved. #clear
    Twenty-five. One in three. Ask before I leave. Got it. #speaker: Callum #mood: pleased
    He books a second meeting with Neil by email before you've left the car park.
    ~ raise(pipeline, 5)
+ [Agree a plan for his next ten first meetings: what he must hear from the customer before the laptop opens, and why. Ask what he'd change. You'll listen in on two a week #manage:detail #manage:control #approach:coach]
    ~ rp_cal = 1
    He reads the plan twice. #clear
    What if they don't want to talk? Neil didn't. #speaker: Callum #mood: worried
    You tell him that Neil did. Twice. About locums. He goes red to the ears.
    He did, didn't he. #speaker: Callum #mood: thoughtful
    He asks if he can add a question of his own: what have they already tried? You tell him it's better than two of yours.
    ~ raise(trust, 5)
    ~ raise(pipeline, 5)
+ [Ask him what Neil's real problem was, and what he'd do if he had the meeting again #lead:ask #lead:pull #approach:support]
    ~ rp_cal = 2
    He thinks about it. #clear
    Price? #speaker: Callum #mood: thoughtful
    You wait. The engine ticks as it cools.
    He said locums. Twice. I didn't... What do you even ask about locums? #speaker: Callum #mood: worried
    You ask him what he thinks. He doesn't know, and it's a long way back down the A1. He books a second meeting with Neil before you go.
    ~ raise(trust, 5)
+ [Tell him where you want his patch by the summer, and why: customers who ask him back because the meeting was about them. The how is his #lead:direction #lead:empower #approach:delegate]
    ~ rp_cal = 3
    Customers who ask me back. Sure. I'll get them. #clear #speaker: Callum #mood: pleased
    He means it. You can see him already working out how to ask them for the second meeting.
    ~ raise(trust, 5)
- -> report_build

// ===========================================================================
// The next Monday: the report
// ===========================================================================
=== report_build ===
Monday morning, back at your desk, two hundred miles south. #clear #scene: office
Tomás has a spreadsheet open with five column headings, and a pen between his teeth. Callum is on the speakerphone.
If we're going to judge the north on what happens in meetings, the dashboard has to see the meetings. Second meetings. What the customer said. A next step with a date they agreed to. #speaker: Tomás #mood: thoughtful
I could build that. I built my own tracker before we had the CRM fields. I could have it live by Wednesday. #speaker: Callum #mood: pleased
Tomás takes the pen out of his mouth. #clear
He could, too. His fields are better than mine. Don't tell anyone I said that. #speaker: Tomás #mood: neutral
On the screen Callum shares, his old tracker scrolls past: three years of it, every column his. #decision: Callum offers to build it #readiness: Callum R4 #debrief: Callum in a meeting and Callum at a keyboard: what was different, and what did you do about it? #debrief: How much did you tell him how to build something he already knew how to build? #debrief: Where does someone on your team have a strength you could hand them outright?
+ [Hand it to Callum: a report the team can judge a meeting by, live by the end of the month. He and Tomás decide what goes in it #lead:empower=2 #approach:delegate]
    ~ rp_rep = 1
    It's live by Wednesday. Callum has added a field nobody asked for: "What the customer said, in their words." #clear
    At eleven that night an email arrives from him, to you alone. #sfx: message
    Ran my own last month through it. Eighty-eight meetings. Three with anything in that field. #speaker: Callum #mood: worried
    ~ raise(trust, 5)
    ~ raise(pipeline, 5)
+ [Give him Tomás's five fields, the ones head office's audit reads, to build as written, and check each one with him on Friday #manage:control=2 #manage:detail #approach:direct]
    ~ rp_rep = 4
    As written. No problem. #clear #speaker: Callum #mood: neutral
    It's perfect, and it's on time. On Friday you check all five fields. He doesn't offer to build anything again.
    ~ lower(trust, 5)
    ~ raise(pipeline, 5)
+ [Ask him what a good meeting would look like in the record, and work the fields out with him and Tomás #lead:ask #approach:support]
    ~ rp_rep = 1
    It takes an hour on the phone. Callum talks you through his old tracker; Tomás argues for one field and wins. #clear
    The report is live on Thursday. Two of the fields are Callum's, two are Tomás's, and one is yours: "What did the customer say, in their words?"
    Callum goes quiet when he reads it back. Then: I'd have a lot of empty boxes. #speaker: Callum #mood: thoughtful
    ~ raise(trust, 5)
    ~ raise(pipeline, 5)
- -> month_end

// ===========================================================================
// Three weeks later: month end
// ===========================================================================
=== month_end ===
~ rp_grew = rp_cal == 1 || (rp_cal == 2 && (rp_rep == 1 || rp_kes == 1 || rp_kes == 5))
Three weeks later. Month end. Tomás sends round the first month of the new report, with the audit figures underneath. #clear #scene: office #music: calm
{
- rp_cal == 1:
    Callum's row: nineteen first meetings a week, down from twenty-two. Eleven second meetings this month, up from four. You've listened in on six of his calls; in the last one the laptop stayed shut for twenty minutes.
    ~ raise(pipeline, 10)
    ~ raise(customer, 10)
- rp_cal == 2 && rp_grew:
    Callum's row: nine second meetings this month, up from four. In the last two he let the customer do most of the talking. He rang you after each one with a question.
    ~ raise(pipeline, 5)
    ~ raise(customer, 5)
- rp_cal == 2:
    Callum's row: seven second meetings this month, up from four. Most of them are the demo again, with the customer's name on the first slide.
- rp_cal == 3:
    Callum's row: fourteen second meetings this month, up from four. He asks for one at the end of every first meeting. Each one is the demo again.
- else:
    Callum's row: twenty-six first meetings a week, and one in three turns into a second: bang on target. Each second meeting is the demo again.
    ~ lower(customer, 5)
}
{rp_grew:Neil at Thornbury has asked for a pilot at six practices.|Neil at Thornbury hasn't answered the proposal.}
{
- rp_lorna == 1:
    Lorna's row: ninety-six per cent at the audit, top of the region. She logs every call at her kitchen table from seven until nine at night. Irene has rung you, not her, to ask if she's all right. #clear
- rp_lorna == 2:
    Lorna's row: seventy-eight per cent at the audit. Every account holds three things: who matters, what's worrying them, what she's promised. Irene's spring site is in, in Lorna's words. #clear
- rp_lorna == 3:
    Lorna's row: sixty-three per cent at the audit. Fellside's record is the best on the system, spring site and all. The rest are still three words long. #clear
- else:
    Lorna's row: ninety per cent at the audit, typed up by Tomás on Friday afternoons from photographs. Irene's spring site is in as "new site? (writing unclear)". #clear
}
{rp_kes:
- 1:
    Kestrel's page: three years, signed. Split shifts are on the product plan for June, because Callum wrote down why.
- 2:
    Kestrel's page: one year, signed, on your three questions.
- 3:
    Kestrel's page: Wendy's month ran out last week. Callum went back with a split-shift plan he worked out with Tomás, and she signed for a year.
- 4:
    Kestrel's page: signed, on your call with Wendy. She emails you now, not Callum.
- 5:
    Kestrel's page: one year, signed. Lorna and Callum are going back together in June to show Wendy split shifts.
- 6:
    Kestrel's page: three years at fifteen per cent off. Whitby's rotas are still on a whiteboard.
- else:
    Kestrel's page: out to tender. Three firms are bidding, and one of them is us.
}
Dev perches on the edge of your desk with a coffee. #clear
I read Callum's notes again. Don't tell anyone. #speaker: Dev #mood: thoughtful
{rp_grew:There's a customer in them now. In their own words. Neil's locums, what he's already tried, who signs.|Still positive. Every single one of them.} #speaker: Dev #mood: thoughtful
Next quarter starts on Monday. How do you want to run the north? #decision: Running the north #speaker: Tomás #mood: neutral #debrief: What will tell you, next quarter, that the north is doing well? #debrief: Dashboards, trust and visits: which did you lean on, and what does each one miss? #debrief: What would your remote reps say they need from you?
+ [A day up north every fortnight, turn and turn about between them, in their customer meetings rather than at their kitchen tables #manage:control]
    ~ rp_rhythm = 1
    Tomás puts the dates in your diary. Callum accepts all six within a minute. Lorna replies to hers with two words: "Bring wellies."
    ~ raise(customer, 5)
+ [Put the new report on the Monday call every week: second meetings, renewals at risk and data quality, rep by rep, side by side #manage:detail=2]
    ~ rp_rhythm = 2
    Tomás builds the slide that afternoon. Callum's row is the longest on it.
    ~ raise(pipeline, 5)
    ~ lower(trust, 5)
+ [Agree with both what a good quarter in the north looks like, and why: customers kept, problems found, the spring site won. Ring each on Fridays to ask what they learned #lead:direction=2 #lead:ask]
    ~ rp_rhythm = 3
    You ring them both that afternoon. Lorna says it's the first time anyone has asked her what the north is for. Callum writes it on a sticky note and reads it back to you.
    ~ raise(trust, 10)
+ [Ask Lorna and Callum to work out between them how each can learn from the other, her meetings and his records, and to tell you in a month what they've tried #lead:empower=2]
    ~ rp_rhythm = 4
    Lorna rings Callum before you've put the phone down. By the evening they've agreed: one of her meetings a month for him, one evening of his a month for her records.
    ~ raise(trust, 5)
    ~ raise(pipeline, 5)
- -> ending

// ===========================================================================
// Endings. Each opens in a different place, with a different sound: the first
// face and the first sound should not tell the room how it went.
// ===========================================================================
=== ending ===
{
- rp_kes == 7:
    -> end_lost
- rp_yours >= 2:
    -> end_yours
- rp_grew && (rp_lorna == 2 || rp_lorna == 3) && rp_rep != 4:
    -> end_clear
- rp_lorna == 1 || rp_lorna == 4 || rp_cal == 4 || rp_rep == 4 || rp_rhythm == 2:
    -> end_green
- else:
    -> end_thin
}

=== end_clear ===
Six weeks into the new quarter. A motorway services café halfway up the country: your idea, a table by the window, and nobody drives more than two hours. #clear #scene: cafe #music: calm
Callum and Lorna are already there. His laptop is shut. Her notebook is open.
{rp_cal == 1:Thornbury's signed the pilot. Six practices. The first line of the proposal is Neil's locum problem, in his words.|Neil's asked for a pilot. I let him talk for half an hour before I said a word about the app.} #speaker: Callum #mood: pleased
{rp_lorna == 2:And Irene's spring site is in the record, three things and all. Callum showed me how to do it from the car.|Fellside's record is done, spring site and all. The rest are getting there. Slowly.} #speaker: Lorna #mood: pleased
{rp_kes == 6:Kestrel still stings: three years at fifteen off, and Whitby's whiteboard is still up. Callum has put split shifts on Wendy's page anyway.}
Tomás's report is on the table between you. Nobody needs to open it. #clear
Same time next month? It's nearer than the office. #speaker: Lorna #mood: pleased #ending: seen-clearly
-> END

=== end_green ===
Monday, the first week of the new quarter. Head office's email arrives before your coffee: the northern patch has the best data quality in the region. #clear #scene: office #sfx: message #music: calm
Tomás turns his screen towards you. Every line for the north is green.
{
- rp_lorna == 1:
    Lorna's row says ninety-six per cent. Irene's spring site has gone out to tender; Irene told her she'd assumed Lorna was too busy these days.
- rp_lorna == 4:
    Lorna's row is typed by Tomás. He has asked, politely, for his Friday afternoons back.
- else:
    Lorna's row is the shortest, and her customers ring her first.
}
{
- rp_grew:
    Callum's second meetings are real now: the green in his row means a customer said something.{rp_rep == 4: The report itself is Tomás's spec to the letter, checked every Friday. Callum hasn't offered an idea since.}
- rp_cal == 4:
    Callum's row is the greenest of all: twenty-six first meetings a week, one in three to a second, bang on target. Thornbury's second meeting was the demo again. Neil hasn't replied since.
- else:
    Callum's row is the greenest of all: more second meetings than anyone. Thornbury's was the demo again. Neil hasn't replied since.
}
Dev reads it over your shoulder, says "lovely", and goes back to his desk. #clear
The data's perfect. I just don't know what it's telling me any more. #speaker: Tomás #mood: thoughtful #ending: green-dashboard
-> END

=== end_thin ===
A Tuesday, three weeks into the new quarter. Callum has put fifteen minutes in your diary, titled "Quick one". #clear #scene: video-call #sfx: call-join #music: off
He shares his screen: the new report, his row at the top.
{
- rp_cal == 3:
    Fourteen second meetings last month. More than anyone. None of them has signed. #speaker: Callum #mood: worried
- else:
    Seven second meetings last month. None of them has signed. Thornbury's gone quiet. I put the locum slide first and everything. #speaker: Callum #mood: worried
}
{rp_lorna == 2:Lorna's row, underneath, is short and readable: three things for every account, and the spring site in her words.|Lorna's row, underneath, is thin everywhere except Fellside.}
I'm doing everything I'm meant to, and I don't know what I'm doing wrong. #clear #speaker: Callum #mood: worried
Could you come up and watch one? Just one? #speaker: Callum #mood: worried #ending: thin-meetings
-> END

=== end_yours ===
Wednesday, your fourth trip north in five weeks. The A1 again, the radio, the same services. #clear #scene: car #music: calm
Your phone rings before Scotch Corner. Callum. #sfx: phone
Quick one. Neil's asked about locum pay rates. What do I say? Or could you ring him? He'd listen to you. #speaker: Callum #mood: worried
// Only reached by running Kestrel yourself (on Monday night or on Wednesday) and having Tomás type Lorna's notebook.
Wendy at Kestrel emails you now, not him. So, this week, does Neil.
Tomás is still typing up Lorna's notebook on Friday afternoons. He has asked, politely, for them back.
The north is doing well. It does best on the days you are in it. #clear
Are you up on Thursday? I'll hold the meeting till you're here. #speaker: Callum #mood: relieved #ending: your-patch
-> END

=== end_lost ===
The first Monday of the new quarter. Kestrel's tender result arrives at nine. #clear #scene: office #music: off
A rival, for three years. Wendy's email is two lines long and very polite.
Callum's last entry on the account, logged at six on Friday, reads: "Tender lost. Relationship positive."
Lorna rings at ten. #clear
Wendy says in the end it came down to Whitby's whiteboard. She'd have stayed for a plan. #speaker: Lorna #mood: worried
{rp_grew:Callum's record for Thornbury this week is a page of what Neil said, in Neil's words. It's the first one like it. It's a quarter too late for Kestrel.|Callum's record for Thornbury this week says "Positive".}
Dev reads the Kestrel record over your shoulder, from the top. #clear
Positive, right to the end. #speaker: Dev #mood: tense #ending: lost-renewal
-> END
