# title: The promise
# id: the-promise
# summary: On a Saturday morning a new customer rings you in the car park: the feature Dev promised her to close the deal is not on this year's roadmap, her board meets on Thursday, and she has already written to Helen. You signed that deal off.
# minutes: 12
# cast: Dev Malhotra, Helen Park, Tomás Ruiz, Priya Nair, Carys Ellingham
# objective: Correct a promise your team should not have made: the exact facts, in writing, before you try to save the deal.
# objective: Own your part when you take a mistake to your boss, with the facts and a plan, and expect a no when you bring neither.
# objective: See that the same person can need step-by-step direction on one task and a free hand on the next: Dev has never walked a promise back, and nobody knows this buyer better.
# objective: Re-sell what the product does today, and notice what a discount or a pushed workaround would teach the customer and the team.
# meters: customer, credibility, trust
# account: Thistledown Nurseries (a nursery group, 26 nurseries)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state (prefixed tp_ for "the promise"). Integers and booleans only.
// customer: how far Carys trusts your team. credibility: how far Helen believes
// you. trust: how far Dev trusts you.
// Readiness (docs/cast.md): Dev is R1, unable and insecure, on walking a promise
// back to a customer: he has never done it, and for once he is not sure of
// himself. Two days later, on taking this buyer's chair round a nursery he sold,
// he is R4: finding and closing is the part of the job he never needs help with.
// ---------------------------------------------------------------------------
VAR tp_again = false    // on Saturday you told Carys April too
VAR tp_need = false     // you know what Carys's board really needs: proof every room was in ratio, every day
VAR tp_facts = false    // on Saturday you told Carys she'd have exact dates in writing by Monday noon
VAR tp_barred = false   // Helen: nothing off this account without her
VAR tp_named = false    // you told Helen it was Dev's promise, and left your sign-off out
VAR tp_helen = false    // Helen rang Carys herself at noon
VAR tp_call = 0         // Monday's call: 1 Dev, your words; 2 Dev, your plan and his worries; 3 Dev, still finding his way in; 4 Dev, his way; 5 you
VAR tp_gift = 0         // what was given away for the promise: 1 Dev's free quarter on the call, 2 your free quarter in the letter
VAR tp_did = false      // you did one of Dev's tasks yourself (the call, or the visit)
VAR tp_letter = 0       // the correction: 1 yours, to the day; 2 where we're going, dates to follow; 3 Dev's; 4 dates and a free quarter
VAR tp_said = false     // Dev said it to Carys himself on Monday (kept after the letter instead of tp_call)
VAR tp_six = 0          // what an end with six nurseries remembers: 1 the letter with no dates, 2 the six-minute call, 3 Helen's call, 4 the line pushed at the chair, 0 the two Aprils
VAR tp_end = 0          // the ending, settled before Friday: 1 board-walks, 2 paid-for-it, 3 your-save, 4 kept-by-the-truth, 5 six-till-september
VAR tp_team = 0         // Friday: 1 your part and where the team goes; 2 a rule; 3 the team's own answer; 4 the why and the field

-> start

// ===========================================================================
// Saturday morning: the car park
// ===========================================================================
=== start ===
~ customer = 30
~ credibility = 45
~ trust = 55
Saturday, twenty past nine. You're in the car outside the leisure centre, with twenty minutes of your daughter's swimming lesson still to go. #scene: car #music: calm
Your phone lights up in its holder. A number you don't know. #sfx: phone
Is that the regional manager? This is Carys Ellingham, Thistledown Nurseries. I'm sorry it's a Saturday. It can't wait till Monday. #speaker: Carys #mood: tense
-> carys

=== carys ===
Two weeks ago you signed off Thistledown: twenty-six nurseries, 210k a year, eighteen per cent off list. Dev's deal, in the last week of the quarter. The first six nurseries go live now; the other twenty wait for her board to approve the rollout. #clear
Your rep told me ratio alerts would be in the app by April. A warning on the room tablet the minute a room drops below its staff-to-child ratio. That's why we chose you. #speaker: Carys #mood: tense
My IT lead asked your support desk about it yesterday. They said it isn't on this year's roadmap. #speaker: Carys #mood: annoyed
My board meets on Thursday to approve the rollout to the other twenty. My paper says April. I've emailed your director. #speaker: Carys #mood: annoyed
You remember the deal notes. One line near the bottom: "Ratio alerts: spring (Dev)." #clear
The roadmap slide said "coming 2027". You signed off the eighteen per cent two days before the quarter closed, and you didn't ask where spring came from.
You wanted the number. So did the week you'd set the team: anything that can close, close it. #clear
Carys is waiting. Through the windscreen, a queue of parents is forming at the leisure centre doors. #decision: Carys and the spring promise #debrief: What did Carys need from you on Saturday morning, and what did you give her? #debrief: What did your first answer to an angry customer commit you to for the rest of the week? #debrief: When a customer next rings you about a promise you can't check, what will you say first?
+ [Reassure her: you'll take it to product personally and get it brought forward for her. You're confident of April #manage:push=2]
    ~ tp_again = true
    ~ raise(customer, 10)
    Personally. Right. #clear #speaker: Carys #mood: relieved
    She sounds calmer. It was the thing she wanted to hear, and you both know it.
    I'll hold you to that. Monday, nine o'clock: one call. Then I rewrite my paper, whatever it says. #speaker: Carys #mood: neutral
+ [Ask her what the alerts are for: what does her board need to see on Thursday, and what happens if it doesn't see it? #lead:pull=2]
    ~ tp_need = true
    ~ lower(customer, 5)
    I'm asking you a question, and you're asking me one. #clear #speaker: Carys #mood: annoyed
    A long pause. Then she tells you.
    Two years ago an inspector found our baby room at Hollins Lane under ratio for forty minutes. Since then it's top of the board's risk register. #speaker: Carys #mood: tense
    They want to know, every day, that every room in every nursery was in ratio. The alerts were how I said we'd show them. #speaker: Carys #mood: thoughtful
    Monday, nine o'clock. One call. With a date in it. #speaker: Carys #mood: neutral
+ [Tell her straight: the promise was wrong, you signed it off, and you won't guess a date. Product's exact dates, in writing, by Monday noon #manage:detail]
    ~ tp_facts = true
    ~ raise(customer, 5)
    No guess. Good. #clear #speaker: Carys #mood: neutral
    That's the first straight thing I've heard from your company this week. #speaker: Carys #mood: thoughtful
    Monday, nine o'clock: one call. Then noon. My paper goes to the board on Wednesday. #speaker: Carys #mood: neutral
- -> dev_rings

// ===========================================================================
// Saturday afternoon: Dev rings first
// ===========================================================================
=== dev_rings ===
You message Oskar Brandt, who owns the product roadmap: you need the ratio alert dates, exact, by Monday at half eight. He replies with a thumbs up. #clear
Four o'clock. You're still in the car, outside the supermarket, when Dev rings. You haven't rung him yet. #sfx: phone
Carys rang me at eight. I know why you're about to ring me, so I'm ringing you. #speaker: Dev #mood: tense
The slide said 2027. She needed April, so I said spring. April at the latest. Nobody told me to. It was me. #speaker: Dev #mood: worried
No joke. No "knew you'd get it". In three quarters you've never heard Dev say a deal went wrong because of him. Ruth says nobody has, in seven years. #clear
{tp_again:
    She says you told her April as well. Personally. #speaker: Dev #mood: worried
    He says it quietly. So now there are two of you.
}
I'll be on Monday's call. Whatever you want. #speaker: Dev #mood: tense
-> helen

// ===========================================================================
// Monday, half past seven: Helen, in the café
// ===========================================================================
=== helen ===
Monday, half past seven. Helen has asked you to meet her in the café across the road from the office. She has never done that before. #clear #scene: cafe #music: tense
A customer I've never met found my name on your contract and wrote to me on Friday night. #speaker: Helen #mood: annoyed
Then the product director rang me at home on Sunday, to ask why my region is selling his roadmap. #speaker: Helen #mood: annoyed
{
- tp_again:
    She wrote again on Saturday afternoon. She says you told her April. Personally. #speaker: Helen #mood: tense
    ~ lower(credibility, 10)
- tp_facts:
    She wrote again on Saturday afternoon. You promised her dates in writing by noon today. That's the only sensible sentence in either email. #speaker: Helen #mood: neutral
}
Eighteen per cent off, with your sign-off on it. Tell me how this happened, and what you're doing about it. #clear #speaker: Helen #mood: tense
Her coffee sits untouched. She has the deal desk's approval form on her phone, your name at the bottom. #decision: Helen asks what happened #debrief: What did Helen need from you in the café, and what was she afraid of? #debrief: Where were you in the wrong, and how much of that did you tell her? #debrief: The next time you take a mistake to your boss, what will you bring with you?
+ [Own your part first: you signed it off with "spring" in the notes and never asked. Then the plan: Oskar's dates, Dev on the call at nine, the correction by noon, copied to her #manage:detail=2]
    She looks at you for a long moment. #clear
    You signed it. Good that you said so before I had to. #speaker: Helen #mood: thoughtful
    Noon, and copy me. And by Friday, every open deal in your region that mentions the roadmap, on my desk. #speaker: Helen #mood: neutral
    {tp_again:And you tell her yourself that your April was wrong too.|She picks up her coffee at last.}
    ~ raise(credibility, 10)
    {tp_facts:
        ~ raise(credibility, 5)
    }
+ [Tell her it was Dev's promise, made on his own, and that from today no proposal mentions the roadmap without your sign-off #manage:control=2 #manage:detail]
    ~ tp_named = true
    Your sign-off is already on this one. #clear #speaker: Helen #mood: annoyed
    She puts the phone face down on the table.
    Fix it. Then fix your sign-off. I'll tell the product director it was a rep who got carried away. #speaker: Helen #mood: tense
    ~ lower(credibility, 10)
+ [Ask her for something you can give Carys today: three months free, to keep her board on side #manage:push=2]
    ~ tp_barred = true
    No. #clear #speaker: Helen #mood: annoyed
    We don't pay for a promise we never made with another one we can't afford. Bring her facts, not a present. #speaker: Helen #mood: tense
    And nothing comes off that account without me. Nothing. #speaker: Helen #mood: tense
    ~ lower(credibility, 5)
+ [Ask her to leave Carys to you and Dev until Thursday's board: the board needs something you can sell them honestly, and you'll find out what it is #lead:pull]
    {
    - tp_need:
        You tell her what Carys told you on Saturday: the board wants proof that every room was in ratio, every day. Not alerts. Proof. #clear
        And you can give them proof today? #speaker: Helen #mood: thoughtful
        The room ratio report: every room, every day, from the rota and the sign-ins. The next morning, not live. But every day. #clear
        Thursday, then. It's yours and Dev's. If she writes to me again, it's mine. #speaker: Helen #mood: neutral
        ~ raise(credibility, 5)
    - else:
        You don't know what her board needs. You're guessing, and a guess is how we got here. #clear #speaker: Helen #mood: annoyed
        I'll ring her myself at twelve. #speaker: Helen #mood: tense
        ~ tp_helen = true
        ~ lower(credibility, 10)
    }
- -> dev_prep

// ===========================================================================
// Monday, twenty to nine: Dev, before the call
// ===========================================================================
=== dev_prep ===
~ tp_facts = false // read only by Helen; cleared so the checker can merge states
Oskar's email was in at twenty past eight. #clear #scene: office #music: calm
"Ratio alerts: a beta with three customers from 7 July, general release on 15 September. I can put Thistledown in the beta. Live alerts need sign-ins from the nursery's own system, so their IT lead has work to do. What they can have today is the room ratio report: daily, from the rota and the sign-ins."
{tp_helen:
    Helen's message is under it: "Twelve o'clock. Me." #sfx: message
}
Dev is at your desk at twenty to nine, jacket still on. The call with Carys is at nine. #clear
I've been up since five writing it out and crossing it out. #speaker: Dev #mood: worried
I've never had to un-sell anything. Every version I write ends with me giving her something for free. That's how I got here. #speaker: Dev #mood: tense
I don't trust myself with this one. I open my mouth to her and a free quarter comes out. #clear #speaker: Dev #mood: worried
Twenty minutes. #decision: Dev's call with Carys #readiness: Dev R1 #debrief: Dev closes better than anyone on the team. What was different about this call? #debrief: How much did you decide for him, and what did he take into the call from the way you did it? #debrief: What will you do the next time an able rep faces something he has never done, with the clock running?
+ [Give him four things to say, in this order: what he promised, that it was wrong, Oskar's dates, what works today. He says them back to you, and you sit in on the call #manage:tell #manage:control #approach:direct]
    ~ tp_call = 1
    -> call
+ [Tell him the call opens with the truth and the dates, and why: a free quarter now would tell her the promise had a price. Then ask what worries him about saying it #manage:tell #approach:coach]
    ~ tp_call = 2
    -> call
+ [Ask him how he wants to open, and what he'll say when she asks for a date. Talk it through until he has his own way in #lead:ask=2 #lead:empower #approach:support]
    ~ tp_call = 3
    -> call
+ [Tell him it's his customer and his promise: he knows Carys better than anyone, so he runs the call his way #lead:empower=2 #approach:delegate]
    ~ tp_call = 4
    -> call
+ [Take the call yourself: you signed it off, and she went over his head. Dev listens in #manage:control=2 #approach:none]
    ~ tp_call = 5
    ~ tp_did = true
    -> call

// ===========================================================================
// Monday, nine o'clock: the call
// ===========================================================================
=== call ===
Nine o'clock. Carys joins on time, camera on, a printed board paper in front of her with one paragraph crossed out. #clear #scene: video-call #music: tense #sfx: call-join
{tp_again:
    Before we start. You told me April too, on Saturday. So that's two of you. My board will ask me why it should believe the third date. #speaker: Carys #mood: annoyed
    ~ lower(customer, 20)
}
{tp_call:
- 1:
    Dev says the four things in the order you gave them. His voice shakes on the second one, and he says it anyway. #clear
    I told you April because you needed April. It wasn't true. Beta from the seventh of July, release on the fifteenth of September. #speaker: Dev #mood: tense
    Carys writes both dates down, and reads them back.
    Thank you. That's the first time a salesman has ever told me he was wrong. #speaker: Carys #mood: thoughtful
    Afterwards Dev sits very still for a moment. Then he asks if you'd mind if he kept the four lines. #clear
    ~ raise(customer, 15)
    ~ raise(trust, 5)
- 2:
    I said April because you needed April. That was wrong, and it was me. Nobody else. #clear #speaker: Dev #mood: tense
    He gets to the dates and wobbles. "Probably September." He stops, looks at his notes, and starts again: the seventh of July for the beta, the fifteenth of September for everyone.
    All right. Those I can write down. #speaker: Carys #mood: neutral
    Afterwards he tells you what worried him most: that she'd cancel on the spot. She didn't. #clear
    ~ raise(customer, 10)
    ~ raise(trust, 10)
- 3:
    At two minutes to nine, Dev is on his third way in. You've asked good questions, and the time has gone. #clear
    The roadmap's moved a bit, so the alerts are more, sort of, September. #speaker: Dev #mood: worried
    Moved? Or never there? #speaker: Carys #mood: annoyed
    He gets there in the end, with the right dates, in the wrong order. Carys ends the call after six minutes. #clear
    Put it in writing. I'll decide what I think when I can read it. #speaker: Carys #mood: tense
    Dev thanks you afterwards, for listening. He means it.
    ~ lower(customer, 5)
    ~ raise(trust, 5)
- 4:
    Dev runs it his way: warm, sorry, funny once, which almost works. #clear
    And to make up for it, the first quarter's on us. #speaker: Dev #mood: pleased
    Carys goes quiet. #clear
    So the promise had a price. All right. I'll take the quarter. I still want the truth in writing. #speaker: Carys #mood: neutral
    {tp_barred:You think of Helen in the café: nothing off this account without her. Dev didn't know.}
    ~ tp_gift = 1
    ~ raise(trust, 5)
    {tp_barred:
        ~ lower(credibility, 10)
    }
- 5:
    You tell her yourself: the promise was wrong, the deal was yours to question and you didn't, and the dates are the seventh of July and the fifteenth of September. #clear
    Carys writes them down. It's clean, and it's quick.
    Dev's square sits in the corner of the screen, muted. #clear
    I could have said it. I'd have liked to. #speaker: Dev #mood: defensive
    ~ raise(customer, 10)
    ~ lower(trust, 5)
}
-> letter

// ===========================================================================
// Monday, eleven o'clock: the correction in writing
// ===========================================================================
=== letter ===
Eleven o'clock. The correction has to be in Carys's inbox, in writing, by noon. #clear #scene: office #music: calm
Oskar's line is still open on your screen: "Targets, not promises. But I'll stand behind these two." #clear
{tp_helen:At twelve Helen rings Carys herself. Whatever you send, Carys will have it open while they talk.}
{tp_named:Dev has heard, from someone in product, that Helen told head office a rep got carried away. He hasn't said anything. He hasn't looked at you either.}
{tp_named:
    ~ lower(trust, 10)
}
Carys's paper goes to her board on Wednesday morning. #decision: Carys's board paper #debrief: What did Carys's board need to read, and what did your letter give them? #debrief: Why might exact facts matter more here than a warm message, or the other way round? #debrief: When you next put something right in writing, who will check it before it goes?
+ [Write it yourself, to the day: what was promised, that it was wrong, the beta from 7 July, the release on 15 September, what the report does today, and who tells her if a date moves. Oskar checks every line #manage:detail=2 #manage:control]
    ~ tp_letter = 1
    {tp_again:Your own April goes in too, in the first paragraph, with your name next to it.}
    {tp_need:You add a paragraph on what Carys said her board is really asking for: a record of every room, every day. The ratio report gives them that now.}
    Oskar changes one word: "from" the seventh, not "on". It goes at ten to twelve. #clear
    Carys's reply comes in at ten past. "This I can put in front of my board. Thank you." #sfx: message
    ~ raise(customer, 15)
    {tp_need:
        ~ raise(customer, 5)
    }
    ~ raise(credibility, 5)
+ [Write about where the product and the partnership are going, and why you're proud of it. After one broken date, don't write another: exact dates will follow once product commits #lead:direction=2]
    ~ tp_letter = 2
    It's a good letter. It says where the product is going and why, and it doesn't promise anything. #clear
    Carys's reply comes in at half past twelve. #sfx: message
    I asked for dates. My board reads dates. #speaker: Carys #mood: annoyed
    ~ lower(customer, 10)
+ [Ask Dev to write it in his own words and send it from him: it was his promise, and Carys will want to hear it from the man who made it #lead:empower=2]
    ~ tp_letter = 3
    {
    - tp_call <= 2:
        Dev writes it in the order you went through before the call: the promise, that it was wrong, the dates, what works today. #clear
        He adds one line of his own: "I'll ring you every time a date moves, before you have to ask." Carys replies within the hour. "Thank you, Dev." #sfx: message
        ~ raise(customer, 10)
        ~ raise(trust, 5)
    - else:
        Dev's letter is warm and sorry and a page and a half long. The alerts come "in late summer". #clear
        Carys replies within the hour. "Which day in late summer?" #sfx: message
        ~ raise(trust, 5)
    }
+ {not tp_barred && not tp_gift} [Put the dates in, and lead with a goodwill offer, subject to the deal desk: the first quarter free, so her board can see you've made it right #manage:push=2 #manage:detail]
    ~ tp_letter = 4
    ~ tp_gift = 2
    The letter goes at noon, the free quarter "subject to approval". The deal desk approves it on Wednesday, and copies Helen. #clear
    Carys replies at one. "Thank you. The board will like the quarter. I'm not sure what it tells them about April." #sfx: message
    ~ raise(customer, 5)
    ~ lower(credibility, 5)
- -> letter_sent

// What the rest of the week needs from Monday; the rest is cleared so the checker can merge states.
=== letter_sent ===
{tp_helen:
    At twenty past twelve Helen messages you: "Done. She was polite about it. She'd rather it had been you." #sfx: message
}
~ tp_said = tp_call != 5
{
- tp_letter == 2:
    ~ tp_six = 1
- tp_call == 3:
    ~ tp_six = 2
- tp_helen:
    ~ tp_six = 3
}
~ tp_call = 0
~ tp_letter = 0
~ tp_helen = false
~ tp_named = false
~ tp_barred = false
~ tp_again = false
~ tp_need = false
-> visit

// ===========================================================================
// Wednesday: Hollins Lane
// ===========================================================================
=== visit ===
Wednesday, eight o'clock. An email from Carys: her chair wants to see the ratio report working before Thursday's vote. Hollins Lane nursery, two o'clock. #clear #sfx: message
{not tp_said:She asks for you. Dev asks if he can come anyway.|She asks for Dev. "He knows every one of my nursery managers by name."}
Her chair spent twenty years inspecting nurseries before he retired. Hollins Lane is the one with the baby room. #clear
Dev sold Thistledown in six weeks. He did the demo at Hollins Lane himself and knows the manager, her rota and her worst Monday.
He's already printed last Tuesday's report for the baby room. #decision: The Hollins Lane visit #readiness: Dev R4 #debrief: On Monday Dev needed your words. What did he need from you on Wednesday, and why the difference? #debrief: What did the chair come to Hollins Lane to find out, and who found it? #debrief: How will you tell when a rep who needed close direction on one task needs none on the next?
+ [Go with him and lead the visit yourself: ask the chair what he'd need to see to vote yes. Dev takes notes #manage:control=2 #lead:pull #approach:none]
    ~ tp_did = true
    The chair tells you: not a live alarm. A record he can check, every room, every day, and someone who rings the nursery when a line goes red. #clear
    You show him the report. It's a good afternoon. Dev takes four pages of notes and says almost nothing.
    On the way to the car he hands them to you. "You'll want these." #clear
    ~ raise(customer, 10)
    ~ lower(trust, 5)
+ [Tell him what you'd show the chair and why: the baby room's own report, and the honest gap between the next morning and live. Then ask how he'd open with the chair #manage:tell #lead:pull #lead:ask #approach:coach]
    Dev listens, nods, and does it your way, well. #clear
    The chair reads the baby room's report line by line and asks about the gap. Dev gives him the answer you gave Dev.
    It's a tidy afternoon. In the car Dev says, "I'd have started with the manager, not the printout." Then he lets it go. #clear
    ~ raise(customer, 10)
+ [Hand him the visit: the goal is that the chair sees what the report proves and what it doesn't. How he does it is his #lead:empower=2 #lead:pull #approach:delegate]
    Dev doesn't take the printout in. He asks the manager to show the chair her own screen. #clear
    The chair asks about the forty minutes, two years ago. Dev doesn't flinch: the report would have shown it the next morning. Live, not till September.
    The chair says the next morning is better than an inspector two years later. Carys writes that down. #clear
    Dev rings you from the car park at four. He sounds like himself again. #clear
    ~ raise(customer, 15)
    ~ raise(trust, 10)
+ [Give him the line for the chair: the ratio report gives the board what it needs, so the alerts can come out of the paper. He runs it past you before he goes #manage:push=2 #manage:tell #manage:control #approach:direct]
    Dev says it the way you wrote it. It doesn't sound like him. #clear
    Live? #speaker: Carys #mood: thoughtful
    That's the chair's question, through Carys. Dev says the next morning. The chair says he'll decide what his board needs, thank you, and writes something down. #clear
    {not tp_six:
        ~ tp_six = 4
    }
    ~ lower(customer, 10)
    ~ lower(trust, 5)
- -> friday

// ===========================================================================
// Friday: the team
// ===========================================================================
=== friday ===
// The board has decided by now: the ending is settled, and what only led to it is cleared so the
// checker can merge states.
{
- customer < 40:
    ~ tp_end = 1
- tp_gift:
    ~ tp_end = 2
- tp_did:
    ~ tp_end = 3
- customer >= 60:
    ~ tp_end = 4
- else:
    ~ tp_end = 5
}
{tp_end != 5:
    ~ tp_six = 0
}
{tp_end != 2:
    ~ tp_gift = 0
}
~ tp_did = false
Thursday passes. Carys's board meets at ten and sits until three. Nobody rings. #clear
Friday, nine o'clock. The team in the meeting room. Tomás has been through every open deal in the region. #scene: meeting-room #music: calm
Four more proposals mention the roadmap. Two of them give a date the roadmap hasn't got. #speaker: Tomás #mood: worried
One of them is Sam's. He copied the Thistledown proposal, because it won. #speaker: Tomás #mood: neutral
Sam goes red to the ears. #clear
{
- tp_said:
    Before you can start, Dev puts his hand up. Nobody has ever seen Dev put his hand up. #clear
    Thistledown was me. I said spring because she needed April. Sam, that's the bit of my proposal you don't copy. #speaker: Dev #mood: tense
- else:
    Dev sits at the back, arms folded, looking at the window. #clear
}
~ tp_said = false
On the whiteboard behind you, in your own writing from the last week of the quarter: ANYTHING THAT CAN CLOSE, CLOSE IT. #decision: The team and the promise #debrief: What did the team learn from Thistledown, and from whom? #debrief: Which part of this was a process to fix, and which part was where the team is heading? #debrief: What will you say the next time a buyer asks your team for something that isn't built yet?
+ [Tell them your part: the week you set, the sign-off you didn't question. Then where the team goes: sell what the product does today, and "I'll find out" for anything it doesn't #lead:direction=2 #manage:tell]
    ~ tp_team = 1
    You rub the whiteboard clean while you say it. #clear
    Ruth, who hasn't looked up from her crossword in a team meeting all year, looks up.
    Sam writes "I'll find out" at the top of a fresh page.
    ~ raise(trust, 10)
+ [Bring in a rule: no proposal mentions the roadmap without a date from Oskar in writing and your sign-off. Tomás adds the field today #manage:control #manage:detail=2]
    ~ tp_team = 2
    Ten minutes' work. It'll be in by lunch. #clear #speaker: Tomás #mood: pleased
    Sam writes the rule down word for word. Dev says nothing.
    The proposals that go out the next week are careful. They are also a good deal shorter.
+ [Ask the team what they'd say when a buyer asks for something that isn't built yet, and let them write the team's answer on the whiteboard, under your old line #lead:ask #lead:empower]
    ~ tp_team = 3
    A long silence. Then Priya, of all people. #clear
    Not yet, and here's who will tell you when. #speaker: Priya #mood: thoughtful
    By ten there are six answers under your old line. Dev's is the shortest: "Ask Oskar. Write down what he says."
    ~ raise(trust, 5)
+ [Tell them why Thistledown went wrong, your part in it included, and ask Tomás to add Oskar's written dates as a field on every proposal #lead:direction #manage:detail #manage:tell]
    ~ tp_team = 4
    You tell them: a promise made to close is a promise the customer plans on. Yours was the week that made it likely. #clear
    Tomás adds the field before lunch. By Monday nobody remembers it was ever new.
    ~ raise(trust, 5)
- -> verdict

// ===========================================================================
// The board's answer, and what it leaves behind
// ===========================================================================
=== verdict ===
{tp_end:
- 1: -> end_walks
- 2: -> end_paid
- 3: -> end_yours
- 4: -> end_kept
- else: -> end_six
}

// The endings open in different places, with different sounds, so the first beat does not give
// away how it went.

=== end_kept ===
Dev is at your desk at half past eleven, without a pastry, which is new. #clear #music: calm
Carys rang. All twenty-six. Rollout from May, beta in July, and she wants to be told the day anything moves. #speaker: Dev #mood: relieved
She said the letter's in her board pack. Under "why we stayed". #speaker: Dev #mood: pleased
Six weeks later, Sam catches Dev at the printer: a hotel group wants rota swaps by text, and is that on the roadmap? #clear #music: hopeful
{
- tp_team == 2:
    Don't know. There's a field for that now. Ask Oskar, and get it in writing before it goes anywhere near the buyer. #speaker: Dev #mood: neutral
- tp_team == 3:
    Don't know. Look at the whiteboard. Ask Oskar, and write down what he says. #speaker: Dev #mood: neutral
- else:
    Don't know. That's what you tell the buyer. Then you ask Oskar, and you write down what he says. #speaker: Dev #mood: neutral
}
{credibility >= 60:Helen has asked for a copy of Monday's letter to show the other managers.} Dev's deal notes now have a line at the bottom of every one: "Not promised." #ending: kept-by-the-truth
-> END

=== end_six ===
Carys's email comes in at four on Friday. #clear #sfx: message #music: calm
Six nurseries now, Hollins Lane first. The other twenty will follow if the September release arrives on the fifteenth. #speaker: Carys #mood: neutral
My board liked the honesty. It wanted more than honesty. #speaker: Carys #mood: thoughtful
{tp_six:
- 1:
    Her reply to your letter is still in the thread above it: "I asked for dates."
- 2:
    The six minutes on Monday are still in it somewhere.
- 3:
    Helen's call at noon is in it somewhere, too: Carys heard the dates from the director, not from the people who sold her the system.
- 4:
    So is the chair's note from Hollins Lane: he will decide what his board needs.
- else:
    April is still in the minutes of her last board meeting, crossed out in red.
}
Tomás moves twenty nurseries to next quarter, and then to the one after, with a note: "Depends on 15 September." #clear
{credibility < 40:Helen has asked to see every proposal from your team that mentions the roadmap, herself, until the new year.}
Dev puts the fifteenth of September in his diary, with an alarm, and a second alarm a week before. #ending: six-till-september
-> END

=== end_paid ===
Tomás brings the board's answer over on Friday afternoon, one eyebrow raised. #clear #music: off
All twenty-six nurseries. First quarter free, as promised. #speaker: Tomás #mood: neutral
{credibility < 40:Helen has asked to see every concession on your team's deals, herself, until the new year.}
Two weeks later, Carys's finance lead emails about the July beta. #clear #sfx: message
"If the September date moves, we assume the same kind of arrangement will apply?"
{tp_team == 2:The new roadmap field on the proposal is filled in. Dev has written, in it, "See Thistledown."|Dev reads it over your shoulder.} #clear
{tp_gift == 1:I did that. On the call. First thing I reached for.|Well. Now they know what a date's worth.} #speaker: Dev #mood: thoughtful #ending: paid-for-it
-> END

=== end_yours ===
Friday, twenty past three. Your phone rings. It's Carys, not Dev. #clear #sfx: phone #music: calm
{customer >= 60:All twenty-six. From May.|Six nurseries now. The rest if September comes when you say it will.} You were straight with me. I'll ring you if anything moves. #speaker: Carys #mood: pleased
You walk over to tell Dev. He says "Great" and goes back to his screen. #clear
From then on, Carys copies you into everything. Dev copies you in as well.
A month later his next proposal has a line at the bottom, where the roadmap would go: "Ask the manager." #ending: your-save
-> END

=== end_walks ===
Saturday, twenty past nine. The car park at the leisure centre again. This time nobody rings. #clear #scene: car #music: off
Carys's email came on Friday at five. Her board has put the rollout on hold, and asked two other suppliers to pitch in June. #clear
"My board could not see why it should believe the next date, after April."
Dev has rung her twice since. She took the second call, and kept it short.
On Monday Tomás will move Thistledown out of the forecast, into a column of its own headed "at risk". {credibility < 40:Helen's invitation for Monday morning says only "Thistledown".} #clear
Dev texts you while you're still in the car. #sfx: message
I keep thinking about that slide. 2027. It was right there. #speaker: Dev #mood: worried #ending: board-walks
-> END
