# title: Whose deal is it?
# id: whose-deal
# summary: Sam found Tallis Veterinary Group and found out what was broken there. While he was away at his brother's wedding, Dev closed it in four days. The commission plan says you "may agree a split", and Tomás's file goes to payroll at noon on Friday.
# minutes: 12
# cast: Sam Lindqvist, Dev Malhotra, Tomás Ruiz, Ruth Okafor, Priya Nair, Helen Park
# objective: Settle a dispute between two reps in time for the decision it feeds, in writing, with the reasons, rather than holding one more round of talks.
# objective: Notice that what you pay for and praise, the close or the work that found the buyer's need, is what the team does next.
# objective: See that the same person needs different help on different tasks: Sam opens doors on his own and has never put a case to a colleague; Dev closes on his own and does not want to share the credit.
# objective: Take a question to your boss with the facts that answer it, or expect her to answer it for you.
# meters: trust, morale, pipeline
# account: Tallis Veterinary Group (a group of veterinary practices, 24 practices)
# account: Kingsmead Garden Centres (a garden centre chain, 11 centres)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state (prefixed wd_ for "whose deal"). Integers and booleans only.
// Tallis is 96k a year; the plan pays about eight thousand in commission on it.
// trust: how far Sam and Dev trust you to be fair to them. morale: the team.
// pipeline: new doors the team is opening.
// Readiness (docs/cast.md), by task: Sam is R2, unable but confident, on putting
// his case to Dev (he has never done it, and he is sure he is right); R4 on
// opening a new door, unless the week taught him that finding deals pays
// nothing, when he is R3, able but unwilling. Dev is R4 on closing, which needs
// nothing from you here, and R3, able but unwilling, on sharing the credit.
// ---------------------------------------------------------------------------
VAR wd_toast = 0          // the kitchen: 1 Dev's close, 2 both names, 3 you asked Tomás for the history
VAR wd_facts = false      // you have the deal's dated history from the CRM, on paper
VAR wd_sam = 0            // Sam's talk with Dev: 1 your lines, you there; 2 his case, your plan; 3 the team chat; 4 the dinner; 5 you took it on
VAR wd_offer = 0          // what Dev offered Sam on Wednesday, per cent of Tallis: 0 (dinner), 30 or 50
VAR wd_his_call = false   // you told Dev the split was his call
VAR wd_sore = 0           // Dev feels Tallis was taken off him
VAR wd_split = 0          // Sam's share of Tallis in the end, per cent (from Monday on: 1, any share)
VAR wd_late = false       // the run went as the CRM stood; the split came a month later, as a correction
VAR wd_helen = false      // Helen ruled Tallis all Dev's, over your head
VAR wd_rule = 0           // Monday: 1 your rule, 2 the team drafts one, 3 the plan stands
VAR wd_door = 0           // the next door: 1 Sam's, 2 Sam's with Dev, 3 Dev's, 4 it went cold

-> start

// ===========================================================================
// Tuesday, ten to nine: the office kitchen
// ===========================================================================
=== start ===
~ pipeline = 40
Tuesday, ten to nine. The office kitchen smells of coffee and warm pastry. #scene: canteen #music: hopeful
Dev has brought two boxes from the bakery on the corner, and written on the whiteboard by the fridge, in capitals: TALLIS. 24 PRACTICES. SIGNED.
Tallis Veterinary Group. Twenty-four practices, signed on Friday, four days after their ops director first rang us. Grab a mug, everyone. #speaker: Dev #mood: pleased
Ruth takes a croissant and says "well done" as if she were reading it off a card. Priya claps. #clear
The door opens. Sam, back from a week's leave, with the airline tag still on his rucksack. His brother got married in Gothenburg on Saturday. #sfx: door
He reads the whiteboard twice.
Tallis? That's... I found Tallis. #speaker: Sam #mood: worried
And I closed it, mate. Team effort. #speaker: Dev #mood: pleased
Dev throws an arm round his shoulders. Sam lets him. #clear
-> preview

=== preview ===
By the kettle, Tomás hands you a sheet of paper, folded once. #clear
Friday's commission preview. Line six. #speaker: Tomás #mood: thoughtful
Line six reads: Tallis Veterinary Group, 96k. Opportunity owner: Dev Malhotra. 100 per cent.
Under it, in his neat capitals, Tomás has copied out the plan: "Commission is paid to the opportunity owner at closed-won. Where another rep has made a material contribution, the regional manager may agree a split."
It doesn't say how much, or what counts as material. It does say my file goes to payroll at noon on Friday. #speaker: Tomás #mood: neutral
Dev holds the pastry box out to you. #clear
Boss? A few words? #speaker: Dev #mood: pleased
Everyone turns round. Sam is looking at his shoes. #decision: Toasting the Tallis deal #debrief: What did the team hear you praise in the kitchen, and what did Sam hear? #debrief: What did you know about the deal at that moment, and what did you not know yet? #debrief: The next time a win arrives with a question attached, what will you say in front of the team?
+ [Raise your mug to Dev: a phone call to a signature in four days, the fastest close the team has had all year #manage:push]
    -> k_dev
+ [Raise your mug to the deal and name them both: Sam found Tallis and what was broken there, Dev closed it in four days. That's how you want this team to win #lead:pull #lead:direction]
    -> k_both
+ [Say well done, keep it short, and walk back to Tomás's desk with him: before anyone talks about credit, you want the deal's history, who logged what, and when #manage:detail]
    -> k_history

=== k_dev ===
~ wd_toast = 1
Four days! The kitchen cheers. Dev takes a bow with the pastry box. #clear
Sam claps too, a beat late. Then he takes his rucksack to his desk without a pastry.
~ lower(morale, 5)
-> sam_case

=== k_both ===
~ wd_toast = 2
Dev's smile flickers, then comes back. #clear
Sure. Sam did the legwork. #speaker: Dev #mood: neutral
Legwork. #speaker: Ruth #mood: neutral
Ruth says it into her coffee. Sam goes pink, and takes a pastry.
~ raise(morale, 5)
-> sam_case

=== k_history ===
~ wd_toast = 3
~ wd_facts = true
Tomás has it printed before you've finished your coffee. #clear #scene: office
Sam's eleven calls to Tallis practices, over three weeks. A first meeting with Imogen Baird, their ops director, on the second. Four pages of Sam's notes: the weekend rota on a whiteboard in every practice, the locum bill, two vets who left over weekends.
Sam logged all of it against a lead, and never opened an opportunity. Then Dev's week. Imogen rang the main line on the Monday: their financial year ended that Friday, and there was budget to spend or lose. Dev opened the opportunity in his own name that morning. His demo on the Tuesday opened with Sam's notes, almost word for word. #clear
And a message from Dev to Sam on the Monday: "Tallis biting! I've got it, enjoy the wedding," with a party popper. Sam's reply, from the departure gate: a thumbs up.
That's all of it, with dates. Whatever you decide, you can show your working. #speaker: Tomás #mood: neutral
-> sam_case

// ===========================================================================
// Tuesday, eleven o'clock: Sam's case
// ===========================================================================
=== sam_case ===
Eleven o'clock. Sam asks for ten minutes in the small room. He brings his notebook and a printed page. #clear #scene: meeting-room #music: calm
{
- wd_toast == 1:
    He doesn't mention the kitchen. He doesn't need to.
- wd_toast == 2:
    Thanks for this morning. For saying my name. #speaker: Sam #mood: relieved
- else:
    Tomás says you asked for the history. So you've seen it. #speaker: Sam #mood: neutral
}
~ wd_toast = 0
The page is a timeline: eleven calls, the first meeting with Imogen Baird, four pages of notes on what's broken at Tallis. Then two lines: "Week off." and "Monday: Dev opens the opportunity, in his own name." #clear
Then he does something you haven't seen him do in ten weeks. He doesn't ask you what to say.
I know what I think. Dev opened his demo with my notes. The plan says you can split it. I'd like half. #speaker: Sam #mood: tense
And I'm going to tell Dev that myself. Today. #speaker: Sam #mood: tense
He's flushed, and he doesn't look away. #clear
I've never done anything like this. And Dev's really good at money. But I'm right. #decision: Sam wants half #speaker: Sam #mood: tense #readiness: Sam R2 #debrief: What did Sam bring you, and what did he ask for? #debrief: Sam was sure of his case and new to this kind of conversation. What did that call for from you? #debrief: What will you do the next time someone brings you a case instead of a question?
+ [Tell him how you'd play it, and why: open with the dates and his notes, not with "fair", and let Dev name a number first. Then ask what worries him #manage:tell #approach:coach]
    -> s_coach
+ [Tell him to leave Dev to you: you'll sort it out with Dev yourself, and Sam needn't have that conversation at all #manage:control=2 #approach:none]
    -> s_yours
+ [Give him three sentences to say, word for word, and sit in on the conversation with Dev, so he isn't on his own with him #manage:tell #manage:control #approach:direct]
    -> s_lines
+ [Tell him it's between him and Dev: they're both grown-ups, it's their deal, and you'll sign off whatever they agree between them #lead:empower=2 #approach:delegate]
    -> s_left
+ [Ask him how he'll open with Dev, and what he'll say if Dev laughs it off. Then back whatever he decides #lead:ask #lead:empower #approach:support]
    -> s_his_plan

=== s_coach ===
~ wd_sam = 2
He asks the thing that worries him. #clear
What if he says I only made a phone call? #speaker: Sam #mood: worried
You tell him: then ask Dev which slide came from that phone call. Sam writes "dates, notes, then ask" at the top of a fresh page.
At half two he asks Dev for ten minutes by the window. You watch from your desk. Sam does most of the listening, then puts the timeline on the table. #clear #scene: office
Dev reads it. He looks at his laptop for a while, at his own second slide.
Let me think about it. #speaker: Dev #mood: thoughtful
~ raise(trust, 10)
-> dev_car

=== s_yours ===
~ wd_sam = 5
Oh. OK. #clear #speaker: Sam #mood: neutral
He closes the notebook. He looks relieved, and a little as if something has been taken off him.
On your way back from lunch, the timeline is in your in-tray. He has written "for you" on it.
~ lower(trust, 10)
-> dev_car

=== s_lines ===
~ wd_sam = 1
You give him three sentences. He copies them into his notebook and reads them back to you. #clear
At half two you perch on the end of Dev's desk while Sam says them. Word for word. Then he stops. #scene: office
Dev looks past him, at you.
Is this Sam asking, or you? #speaker: Dev #mood: defensive
Sam opens his mouth, then looks at you too.
~ lower(trust, 10)
-> dev_car

=== s_left ===
~ wd_sam = 4
Fair enough. #clear #speaker: Sam #mood: neutral
At two he walks over to Dev's desk. Dev has his headset round his neck and four minutes between calls. #scene: office
Mate, I'll buy you dinner. The Italian, Friday, anything on the menu. #speaker: Dev #mood: pleased
I don't want dinner. I want half. #speaker: Sam #mood: tense
Dev laughs, not unkindly, and then his phone goes. By the time the call ends, Sam is back at his desk. #clear
-> dev_car

=== s_his_plan ===
~ wd_sam = 3
~ wd_sore += 1
He has it all worked out: he'll share the timeline first, so it's all out in the open, and then talk to Dev. #clear
You back him.
At one o'clock the timeline appears in the team chat, with "For transparency" above it. #sfx: message #scene: office
Dev reads it in his car outside a customer. A reply in capitals appears, and disappears. Then: #clear
Happy to talk. In person would have been nice. #speaker: Dev #mood: annoyed
Priya sends Sam a private message. He doesn't say what it says.
~ lower(trust, 10)
-> dev_car

// ===========================================================================
// Wednesday morning: in Dev's car
// ===========================================================================
=== dev_car ===
Wednesday, quarter past eight. Dev is driving out to Kingsmead Garden Centres, forty minutes away, and you've asked for the passenger seat. #clear #scene: car #music: calm
Imogen rang the main line on the Monday. Their year-end was Friday: spend the budget or lose it. Sam was in Sweden for a wedding. #speaker: Dev #mood: neutral
I messaged him. He sent me a thumbs up. Demo Tuesday, price Wednesday, their legal Thursday, signed Friday. If I'd waited a week for Sam, there's no deal to argue about. #speaker: Dev #mood: defensive
{
- wd_sam == 1:
    And next time Sam wants something off me, he can ask me himself. Not read out your lines. #speaker: Dev #mood: annoyed
- wd_sam == 2:
    He was good yesterday, actually. Straight with me. Showed me the dates. #speaker: Dev #mood: thoughtful
- wd_sam == 3:
    And then he puts it in the team chat. "For transparency." Like I nicked it. #speaker: Dev #mood: annoyed
- wd_sam == 4:
    He turned down dinner. Who turns down dinner at the Italian? #speaker: Dev #mood: neutral
- else:
    Sam's gone quiet on me. What's he told you? #speaker: Dev #mood: neutral
}
He overtakes a tractor, and doesn't say anything for a while. #clear
And yes, I opened with his notes. They were good notes. That's not the same as half. #decision: Dev and the split #speaker: Dev #mood: defensive #readiness: Dev R3 #debrief: What was Dev defending in the car: the money, the close, or how he found out? #debrief: How much of the split did you decide, and how much did Dev? #debrief: What will you do the next time an able person doesn't want to do the fair thing?
+ [Tell him it's his deal and his call: whatever he offers Sam, you'll back it #lead:empower=2 #approach:delegate]
    -> d_his_call
+ [Tell him it will be half each, and that's your decision #manage:tell #manage:control #lead:pull #approach:direct]
    -> d_told
+ [Ask him what Sam's notes were worth to him in that demo, and what he'd call fair. Then listen, and don't name a number #lead:ask #lead:empower #approach:support]
    -> d_asked
+ [Tell him you're minded to split it, and why: his demo was built on Sam's discovery, and the plan pays for that. Then ask what he'd change #manage:tell #lead:pull #approach:coach]
    -> d_explained

=== d_his_call ===
~ wd_his_call = true
~ wd_offer = 0
My call? Good. #clear #speaker: Dev #mood: pleased
He drums on the wheel for a bit.
Dinner, a shout-out at Monday's meeting, and the next vet lead that comes in is his. That's generous, that is. #speaker: Dev #mood: pleased
{wd_sam == 4:You mention that Sam has already turned the dinner down. "He'll come round," says Dev.}
~ raise(trust, 10)
-> thursday

=== d_told ===
~ wd_offer = 50
~ wd_sore += 1
He doesn't answer for a mile. #clear
Fine. Half. Your decision. #speaker: Dev #mood: annoyed
He turns the radio on. At Kingsmead he is charming to everyone but you.
~ lower(trust, 10)
-> thursday

=== d_asked ===
~ wd_sore = 0
He thinks about it for longer than you expect: two roundabouts and a set of lights. #clear
Honestly? Imogen's first words after the demo were "you've clearly listened to us". I hadn't. Sam had. #speaker: Dev #mood: thoughtful
{
- wd_sam == 3:
    ~ wd_offer = 30
    Thirty per cent, then. Not half. Not after the chat. #speaker: Dev #mood: neutral
- else:
    ~ wd_offer = 50
    Half. But tell him it was my idea. #speaker: Dev #mood: pleased
}
~ raise(trust, 10)
-> thursday

=== d_explained ===
~ wd_offer = 30
He hears you out, and argues the way he sells: warmly, and fast. #clear
Material? He made some calls and wrote some notes. I got it signed. Seventy-thirty, and I'm being generous. #speaker: Dev #mood: defensive
At Kingsmead he holds the door open for you, and introduces you as the boss who's robbing him. He's mostly joking.
-> thursday

// ===========================================================================
// Thursday, three o'clock: the file goes at noon tomorrow
// ===========================================================================
=== thursday ===
~ wd_sam = 0 // read only in the car; cleared so the checker can merge states
Thursday, three o'clock. Tomás comes over with the commission file open on his laptop. #clear #scene: office #music: tense
I build the file tonight, and it goes to payroll at noon tomorrow. I need the split from you, in writing, before I go home, or Tallis runs as the CRM has it: all Dev. #speaker: Tomás #mood: tense
After noon it's a correction on next month's run. Out of one person's pay and into the other's. Nobody likes those. #speaker: Tomás #mood: worried
{
- wd_his_call:
    Dev has told Tomás about the dinner. Sam hasn't said anything to anyone. #clear
- wd_offer == 50:
    Dev has said half. Nobody has written it down. #clear
- else:
    Dev has said seventy-thirty. Sam asked for half. Nobody has written anything down. #clear
}
Helen is in the building today, in with the other regional managers until four. The commission plan has her name on the front.
Tomás waits, one finger over the keyboard. #decision: Friday: write the split #debrief: What did Friday's deadline need from you, and what did you give it? #debrief: Which would have cost more: a ruling someone disliked on Thursday, or a correction to somebody's pay next month? #debrief: When you take a question to your boss, what will you bring with it?
+ [Write it now: half each, and why, with the dates: Sam's first meeting and notes, Dev's close in four days. Send it to Tomás, copied to both #manage:control #manage:detail #lead:pull=2]
    -> t_half
+ [Write it now: seventy-thirty, most for the close and a share for the discovery, with the reasons and the dates. Send it to Tomás, copied to both #manage:control #manage:detail #lead:pull]
    -> t_seventy
+ [Write it now: all to Dev, as the plan's first line says, and a note thanking Sam for the first meeting #manage:control #manage:detail #manage:push]
    -> t_all_dev
+ [Get them both in the small room at nine tomorrow, ask each of them what a fair split looks like, and let them settle it, even if it misses the file #lead:ask #lead:empower]
    -> t_talks
+ [Catch Helen before four: tell her you want to split Tallis, and ask her to back you #lead:pull]
    -> t_helen

=== t_half ===
~ wd_split = 50
You write five lines and the dates. Tomás reads it twice, nods, and files it. #clear
{
- wd_his_call:
    ~ wd_sore += 1
    Dev's reply comes from the car park, two minutes later: "Thought it was my call."
- wd_offer == 50 && wd_sore == 0:
    Dev replies with a thumbs up. A minute later, a party popper.
- wd_offer == 50:
    Dev replies with two words: "As instructed."
- else:
    Dev stops by your desk. "I said seventy-thirty." You tell him you heard him, and why it's half. He nods, once. "You did ask, I suppose."
}
Sam reads it at his desk and, just for a moment, puts his face in his hands.
~ raise(morale, 5)
-> friday

=== t_seventy ===
~ wd_split = 30
You write it out: seventy for the close, thirty for the discovery, the dates under each. Tomás files it. #clear
{
- wd_his_call:
    ~ wd_sore += 1
    Dev's reply comes from the car park, two minutes later: "Thought it was my call."
- wd_offer == 50 && wd_sore == 0:
    Dev comes over, frowning. "I offered him half. Why's he getting less than I offered?"
    ~ lower(trust, 10)
- wd_offer == 50:
    Dev replies: "Yesterday it was half." He doesn't sound unhappy about it.
- else:
    ~ wd_sore = 0 // his own number: whatever else happened this week, this part was his
    Dev replies with a thumbs up.
}
Sam replies to all of you: "Thank you. For the record, I asked for half." He doesn't take it back.
~ raise(morale, 5)
-> friday

=== t_all_dev ===
~ wd_split = 0
Tomás runs it as it stands. #clear
{
- wd_his_call:
    Dev reads your note and sends Sam a message: the dinner offer stands.
- wd_offer == 50 && wd_sore == 0:
    Dev stops by your desk, puzzled. "I'd have gone half, you know. I said so."
- wd_offer == 50:
    Dev stops by your desk. "Yesterday you said half." He takes the money. He also takes note.
- else:
    Dev replies with a thumbs up.
}
~ wd_sore = 0
At five Sam stops by your desk, coat on. #clear
I'm not going to argue with it. But I'd like it on record that I don't agree. #speaker: Sam #mood: tense
He has written it down: one paragraph, to you, copied to nobody.
~ lower(trust, 10)
~ lower(morale, 5)
-> friday

=== t_talks ===
~ wd_late = true
Friday, nine o'clock, the small room. Sam has his timeline. Dev has a coffee. #clear #scene: meeting-room
{
- wd_offer == 50 && wd_sore == 0:
    ~ wd_split = 50
    They settle it in ten minutes: half each. Dev shakes Sam's hand across the table, and everyone goes back to their desks pleased.
    You email Tomás before ten. He rings back from his desk, twenty feet away. #clear #scene: office
    I built the file last night, and it's been checked. It goes as it stands, and the half comes next month, as a correction. #speaker: Tomás #mood: worried
- else:
    ~ wd_split = 30
    Dev says seventy-thirty. Sam says half. At twenty past ten they are still at it, and you are still asking good questions.
    At half past ten Dev's phone goes: Tallis's go-live call. He leaves. Nothing is agreed, and nothing is written down. #clear #scene: office
    Then it goes as it stands. You'll settle it next week on Dev's number, I expect, and I'll correct it next month. #speaker: Tomás #mood: worried
    ~ lower(morale, 5)
}
-> friday

=== t_helen ===
You catch Helen by the lifts at ten to four, coat over her arm. #clear
{
- wd_facts:
    ~ wd_split = 50
    You hand her Tomás's printout. She reads it standing up. #clear
    Eleven calls, a first meeting, his notes, and a demo that opened with them. That's material. #speaker: Helen #mood: thoughtful
    Half's fine. In writing to Tomás tonight, and copy me. #speaker: Helen #mood: neutral
    You write it at five past four.
    {
    - wd_his_call:
        ~ wd_sore += 1
        You took it to Helen? I thought it was my call. #speaker: Dev #mood: annoyed
    - wd_sore > 0:
        Dev hears from Tomás that Helen has seen it.
        Helen's call, then. #speaker: Dev #mood: annoyed
        He doesn't say it's fair.
    - else:
        Dev hears from Tomás that Helen has seen it.
        Helen's call, then. Fair enough. #speaker: Dev #mood: neutral
    }
    ~ raise(morale, 5)
- else:
    ~ wd_helen = true
    ~ wd_split = 0
    ~ wd_sore = 0
    She listens for a minute, bag on her shoulder. #clear
    What have you got? Anything from the CRM? #speaker: Helen #mood: neutral
    You have Sam's own timeline, and what Dev told you in the car. One side each.
    So it's his notes against a signature, and nothing from the CRM. The plan pays the owner. It's Dev's. #speaker: Helen #mood: annoyed
    Next time, bring me an answer, not a question. #speaker: Helen #mood: tense
    On her way out she tells Tomás herself. Sam hears it from Tomás. #clear
    At five Sam stops by your desk, coat on. He says it quietly, and he says it all.
    I'm not going to argue with Helen. But I'd like it on record that I don't agree. And that you didn't decide it. #speaker: Sam #mood: tense
    ~ lower(trust, 10)
    ~ lower(morale, 5)
}
-> friday

// ===========================================================================
// Friday, noon: the run
// ===========================================================================
=== friday ===
// Read only up to Thursday; cleared so the checker can merge states.
~ wd_offer = 0
~ wd_his_call = false
~ wd_facts = false
~ wd_sore = MIN(wd_sore, 1) // from here on only "sore or not" matters
Friday, noon. Tomás presses send, and the commission file goes to payroll. #clear #scene: office #music: calm
{
- wd_late:
    Tallis goes as the CRM has it: all Dev, nearly eight thousand. The correction comes next month.
- wd_split == 50:
    Tallis goes half and half: two names on one line, the first time Tomás can remember doing it.
- wd_split == 30:
    Tallis goes seventy-thirty: two names on one line.
- else:
    Tallis goes all to Dev, nearly eight thousand, as the CRM had it.
}
{
- wd_late:
    At four, Dev gets payroll's email about next month. He reads it twice and goes out to his car.
- wd_sore > 0:
    Dev goes home at three. He doesn't buy the Friday round, for the first time anyone can remember.
- wd_split > 0:
    At five, Dev buys the Friday round and puts Sam's drink in his hand himself.
- else:
    At five, Dev buys the Friday round. Sam has one drink and goes home.
}
// From here on only whether Sam got a share matters, not how big it was.
~ wd_split = MIN(wd_split, 1)
-> monday

// ===========================================================================
// Monday, nine o'clock: the team meeting
// ===========================================================================
=== monday ===
Monday, nine o'clock. The weekly team meeting: coffee, the pipeline on the screen, and one thing nobody has said out loud. #clear #scene: meeting-room
{
- wd_helen:
    Everyone knows Helen decided Tallis. Sam is taking notes as if this were any other meeting.
- wd_late:
    Dev is studying the table. Sam is studying Dev.
- wd_split > 0 && wd_sore == 0:
    Sam and Dev have sat down next to each other, which they don't usually.
- wd_split > 0:
    Dev has taken the chair furthest from Sam.
- else:
    Sam is at the end of the table with his notebook shut.
}
Priya puts her hand up, which she never does. #clear
Can I ask the obvious one? If I open a door and then go on holiday, whose deal is it? #speaker: Priya #mood: worried
Asking for a friend. #speaker: Ruth #mood: neutral
Everyone looks at you. Whatever you say now about Tallis, they will take as the rule. #decision: Monday: the team's rule #debrief: What did the team take from Monday as the rule? #debrief: What will your team do more of next quarter: open doors, or close them, or both? #debrief: Who should write the rules a team is paid by, and who should know the reasons?
+ [Give them the rule yourself: from today, when you agree a split, the rep who ran the first meeting and logged the discovery gets a third of anything closed within six months #manage:detail #manage:control #lead:pull]
    -> m_rule
+ [Tell them where you want the team to go, and why: deals worked by two people, so nobody chooses between a holiday and a commission. Ruth and Tomás draft the rule with the team #lead:direction=2 #lead:empower #lead:pull]
    -> m_draft
+ [Tell them the plan stands as written: a deal is paid to whoever gets it signed, because the signature is what the customer buys. Find them, and close them #manage:push=2 #manage:detail]
    -> m_stands

=== m_rule ===
~ wd_rule = 1
~ wd_helen = false // read only by Monday's opening; cleared so the checker can merge states
Tomás writes it down as you say it. #clear
Within six months. Good. That's clear. #speaker: Ruth #mood: neutral
A third of mine, then, if I ever open anything. #speaker: Dev #mood: neutral
He says it lightly. Sam writes the rule at the top of a fresh page.
~ raise(pipeline, 10)
-> door

=== m_draft ===
~ wd_rule = 2
~ wd_helen = false
Ruth looks up from the crossword. #clear
Me, drafting rules. Fourteen years, and nobody's asked. #speaker: Ruth #mood: pleased
She pulls her chair over to Tomás's laptop before the meeting has finished. Priya asks if she can help. Dev says he'd like to see it before it goes anywhere, and means it.
~ raise(morale, 10)
~ raise(pipeline, 5)
-> door

=== m_stands ===
~ wd_rule = 3
~ wd_helen = false
Dev raises his mug. #clear
Clear, anyway. #speaker: Ruth #mood: neutral
Priya writes something down, then crosses it out. Sam doesn't write anything at all.
~ lower(pipeline, 10)
~ lower(morale, 5)
-> door

// ===========================================================================
// Three weeks later: the next door
// ===========================================================================
=== door ===
Three weeks later. Tallis's twenty-four practices went live on Monday, with no gaps on the first weekend rota. #clear #scene: canteen #music: calm
Sam is in the kitchen, waiting for the kettle. He holds out his phone.
An email from Imogen Baird at Tallis, to Sam, not Dev: her old business partner runs a group of animal hospitals in the north, with the same weekend problem. "Shall I give her your number?" #clear
{
- wd_split > 0 || wd_rule != 3:
    I've already said yes. I'd like to run it from the first call. I know how to get in the door. #speaker: Sam #mood: pleased
    He has already found the group's hospitals on a map, and which of them is advertising for weekend vets. #decision: Imogen's new lead #readiness: Sam R4 #debrief: What did Sam need from you for this door, and was it what he needed in the small room three weeks ago? #debrief: What had the Tallis week taught Sam about opening doors? #debrief: How will you know whose deal this one is, before it closes?
- else:
    Should this go to Dev? He's the one who gets things signed. #speaker: Sam #mood: neutral
    You passed his desk on the way in: his call list for the month, and nothing on it ticked since Tallis. #decision: Imogen's new lead #readiness: Sam R3 #debrief: What did Sam need from you for this door, and was it what he needed in the small room three weeks ago? #debrief: What had the Tallis week taught Sam about opening doors? #debrief: How will you know whose deal this one is, before it closes?
}
+ [Ask him what he heard in Imogen's email, and how he wants to play the first call. Then back his plan #lead:ask #lead:empower #approach:support]
    -> n_asked
+ [Give the lead to Dev: he took a group of vets from a phone call to a signature in four days, and Sam can learn by sitting in #manage:push #manage:control #approach:direct]
    -> n_dev
+ [Hand it to him: his door, his first meeting, and he tells you on Friday how it went #lead:empower=2 #approach:delegate]
    -> n_his
+ [Write him an opening for the first call, and listen in while he makes it #manage:tell #manage:control #approach:direct]
    -> n_script
+ [Tell him you'd pair him with Dev from the first call, and why: both their names on it from day one, and no scramble at the close. Then ask what he'd want from Dev #manage:control #approach:coach]
    -> n_pair

=== n_asked ===
{
- wd_split > 0 || wd_rule != 3:
    ~ wd_door = 1
    He answers every question, politely and fast. Imogen said "same weekend problem", so he'll ask for a copy of their rota before he asks for anyone's time. #clear
    He booked the first call for Tuesday before he came into the kitchen.
    ~ raise(pipeline, 10)
- else:
    ~ wd_door = 1
    Asked, he says it. #clear
    If I find it, and somebody else closes it, what's it for? #speaker: Sam #mood: annoyed
    You let him say all of it. By the time the kettle has boiled twice, he has decided to ring her himself.
    ~ raise(pipeline, 10)
    ~ raise(trust, 5)
}
-> ending

=== n_dev ===
~ wd_door = 3
Dev books the call for Thursday. Sam sits in and takes notes. He is good at notes. #clear
{wd_split > 0 || wd_rule != 3:On the way out, Sam asks Dev whose name goes on the opportunity. Dev says he'll sort it.|Sam looks relieved. He doesn't mention the next door, or the one after.}
~ raise(pipeline, 5)
~ lower(morale, 5)
-> ending

=== n_his ===
{
- wd_split > 0 || wd_rule != 3:
    ~ wd_door = 1
    On Friday he's had the first meeting: the hospital group's head of operations, an hour, and four pages of notes. #clear
    She asked who'd be doing the demo. I said we'd decide that as a team. Was that all right? #speaker: Sam #mood: pleased
    ~ raise(pipeline, 15)
- else:
    ~ wd_door = 4
    On Friday he hasn't rung her. #clear
    On the Monday after, Imogen emails again, to ask whether anyone is going to be in touch.
    ~ lower(pipeline, 5)
}
-> ending

=== n_script ===
You write him four lines. He reads them out on the call, word for word, and sounds a lot like you. #clear
{
- wd_split > 0 || wd_rule != 3:
    ~ wd_door = 1
    The meeting gets booked anyway. Imogen's partner liked him.
    ~ raise(pipeline, 5)
- else:
    ~ wd_door = 3
    The meeting gets booked. Then he asks Dev to run it.
}
-> ending

=== n_pair ===
~ wd_door = 2
{
- wd_split > 0 || wd_rule != 3:
    Sam asks for one thing: that Dev reads his notes before the demo, not in the car. Dev agrees, laughing. #clear
- else:
    Sam goes along with it. On the first call, Dev does most of the talking. #clear
}
Tomás opens the opportunity with two names on it, on day one.
~ raise(pipeline, 10)
-> ending

// ===========================================================================
// Endings. Each opens somewhere different: the first face and the first sound
// should not tell the room how it went before the words do.
// ===========================================================================
=== ending ===
{
- wd_late:
    -> end_arrears
- wd_split > 0 && wd_sore > 0:
    -> end_let_it_ring
- wd_rule == 3 || wd_door >= 3:
    -> end_close_pays
- wd_split > 0:
    -> end_two_names
- else:
    -> end_from_now_on
}

=== end_two_names ===
Six weeks later, on a Wednesday, Tomás stops by your desk with his laptop. #clear #scene: office #music: calm
Something I haven't seen before. Look at the first meetings. #speaker: Tomás #mood: thoughtful
Eleven new first meetings this month, across the whole team. Four of them have two names on the opportunity from day one. One is Priya's, with Ruth's name under it. #clear
{wd_door == 2:The animal hospitals have a demo booked. Dev has read Sam's notes twice.|The animal hospitals have a demo booked. Sam asked Dev to do it, and Dev asked Sam to open.}
Dev has started asking who found a lead before he picks it up. #ending: two-names
-> END

=== end_let_it_ring ===
Six weeks later, on a Wednesday, a desk phone rings on the empty side of the floor. #clear #scene: office #music: off #sfx: phone
Priya is on leave. It's her best prospect, the one she has been working since the spring.
Dev looks up from his screen, looks at the phone, and goes back to his screen. It rings out. #clear
Sam got his share of Tallis. Nobody has forgotten how.
When you ask Dev about it later, he shrugs. #clear
Not my deal. I learned that one. #speaker: Dev #mood: neutral #ending: let-it-ring
-> END

=== end_arrears ===
Four weeks later, payroll's email arrives: the Tallis correction, on this month's run. #clear #scene: office #music: calm #sfx: message
Sam's share comes out of Dev's pay, and goes into Sam's. Everyone agreed it in the end. It still reads like a fine.
Helen's message follows, a minute later. #sfx: message
Why is there a clawback on my top closer's payslip? #speaker: Helen #mood: annoyed
Dev spends the afternoon in his car. Sam spends it apologising to Dev for money that was his. #clear
{wd_rule == 3:On the board in the kitchen, someone has written: CLOSE IT, THEN TELL PAYROLL.|Tomás has added a line to his checklist for every run: "Splits in writing by Thursday."} #ending: paid-in-arrears
-> END

=== end_from_now_on ===
Six weeks later, Ruth knocks on the glass of the small room and holds up a printout. #clear #scene: meeting-room #music: hopeful #sfx: knock
{wd_rule == 2:The team's rule, version three. Everyone's read it. Even Dev.|Your rule, first time it pays. Priya opened a door last month, and I closed it.} #speaker: Ruth #mood: pleased
{wd_rule == 2:The first meeting and the discovery earn a third, and whoever closes writes down who did what before the run. Priya's first share goes on this Friday's.|A third to Priya on this Friday's run, in writing since Thursday.}
Tallis is still all Dev's. Sam has never mentioned it again. #clear
{wd_door == 2:The animal hospitals have a demo booked, with two names on it from day one.|The animal hospitals have a demo booked. Sam opened it, and his name is on it.} #ending: from-now-on
-> END

=== end_close_pays ===
Six weeks later, Dev brings pastries into the kitchen again. #clear #scene: canteen #music: hopeful
Another signature: a care group he found at a conference. The kitchen cheers. #clear #music: off
{
- wd_door == 4:
    The animal hospitals never heard back from us. Imogen's partner signed with someone else.
- wd_door == 3:
    Dev is running the animal hospitals. Sam sits in on the calls and takes the notes.
- wd_door == 2:
    The animal hospitals have a demo booked, with Dev's name first on the opportunity.
- else:
    Sam did open the animal hospitals. He has asked Tomás to put Dev's name on it too, "to save the argument later".
}
Tomás shows you the month's first meetings. Dev's are up. Everyone else's are down. #clear
{
- wd_split > 0 && wd_door == 3:
    Sam got his share of Tallis. He also saw who got the next door.
- wd_split > 0:
    Sam got his share of Tallis. On Monday he heard what the next one would pay.
- else:
    Tallis is still all Dev's. Sam has stopped mentioning it.
}
Ruth, topping up her coffee, says what nobody else will. #clear
{wd_rule == 3:Why find them? Someone else gets paid for them.|Why find them, if someone else gets to run them?} #speaker: Ruth #mood: neutral #ending: the-close-pays
-> END
