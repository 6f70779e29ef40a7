# title: The ride-along
# id: ride-along
# summary: A day in Ruth's car: three customer calls, and what you say to her between them. She has run her own accounts for fourteen years, and the finance director waiting at the second call is new to her.
# minutes: 12
# cast: Ruth Okafor, Bev Coyle, Kwame Asante, Fiona Drury, Moira Tate
# objective: Give feedback on a call you watched that fits the person and the task: what to tell and what to ask, the detail and the direction.
# objective: Decide in the moment whether to step into a rep's call, and notice when waiting a little longer loses the room.
# objective: See that a veteran who needs a free hand on her own accounts can need a clear structure, and the numbers, for something she has never done.
# objective: Put into a development plan the help that fits the task she is learning, not only the strengths she already has.
# meters: trust, customer
# account: Thistlewood Vets (a group of veterinary practices, 12 practices)
# account: Varley Pharmacy (a pharmacy chain, 24 pharmacies)
# account: Pipkin Day Nurseries (a group of children's nurseries, 16 nurseries)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state (prefixed rd_ for "ride"). Integers and booleans only.
// Readiness (docs/cast.md): Ruth is R4 on her own accounts and on a first meeting with a prospect;
// on making the money case to a finance director she is R2, unable but willing: she has never done
// it. On a first meeting straight after you took her Varley call off her she is R3, able but
// unwilling: she withdraws, politely.
// trust is Ruth's trust in you; customer is how the three buyers feel about Ruth's company.
// ---------------------------------------------------------------------------
VAR rd_open = false    // Ruth told you herself, in the car, what she wanted a second pair of eyes on
VAR rd_prep = 0        // the drive to Varley: 1 your structure and numbers, 2 her questions, 3 left to her, 4 you'd take the money part
VAR rd_room = 0        // Varley after Fiona's question: 0 lost, 1 you answered her, 2 Ruth with your steer, 3 a thin thread (Ruth alone, with her card)
VAR rd_learnt = false  // Ruth knows what went wrong at Varley: a money question answered with a rota story
VAR rd_pipkin = false  // the Pipkin meeting was Ruth's, and Moira booked a second one
VAR rd_page = 0        // Fiona's page: 1 Ruth's, shaped with you; 2 Ruth's, on her own; 3 yours

-> start

// ===========================================================================
// Ten to eight: the bypass
// ===========================================================================
=== start ===
Tuesday, ten to eight. Ruth picks you up outside the station. #scene: car #music: calm
Her car is spotless: the radio on low, a flask in the door pocket, the crossword folded on the dashboard, half done.
Three today. Thistlewood at half nine, Varley at half eleven, and a new one after lunch. Pipkin Day Nurseries. #speaker: Ruth #mood: neutral
Fourteen years, four managers. You're the second one to ride along. The first wanted to see my mileage claims. #speaker: Ruth #mood: neutral
She pulls out onto the bypass. #clear
So what's today for? Am I being marked? #decision: What today is for #speaker: Ruth #mood: thoughtful #debrief: What did Ruth hear in your answer about why you were in her car? #debrief: What does a ride-along say to a veteran before a word of feedback is given? #debrief: How will you open the next ride-along with someone who has done the job for longer than you?
+ [Tell her why you're here: not to mark her, but to see what the rest of the team could learn from how she sells. She runs all three calls; you'll say what you saw after each #lead:direction #lead:empower]
    ~ raise(trust, 5)
    Fine by me. #clear #speaker: Ruth #mood: pleased
    She turns the radio up a notch. At the lights by the second roundabout, handbrake on, she fills in seven across.
+ [Ask her what she'd most like a second pair of eyes on today #lead:ask]
    ~ rd_open = true
    ~ raise(trust, 5)
    She drives for a mile before she answers. #clear
    Varley. Kwame says his new finance director might sit in. Fiona something. Five weeks in the job. #speaker: Ruth #mood: thoughtful
    Finance directors don't come to my meetings. They read whatever I send afterwards. #speaker: Ruth #mood: worried
+ [Go through the three calls with her now: who'll be in the room, what she wants from each, and the next step she'll ask for #manage:detail #manage:control]
    ~ lower(trust, 5)
    She runs through them without taking her eyes off the road. Thistlewood's renewal, and three practices they have just bought. Varley's final walk-through, with a new finance director who may sit in. Pipkin, a first meeting. #clear
    It's all in the CRM, you know. #speaker: Ruth #mood: neutral
- -> thistlewood

// ===========================================================================
// Half past nine: Thistlewood Vets, her account for eight years
// ===========================================================================
=== thistlewood ===
Half past nine. Thistlewood's main practice. The meeting room is also the staff kitchen, and it smells of toast and disinfectant. #clear #scene: meeting-room
Bev Coyle runs operations for all twelve practices. She and Ruth go back eight years; Bev has the kettle on before anyone sits down.
Ruth doesn't open her laptop. She asks about the three practices Thistlewood has just bought. #clear
They're a mess. The rota's in a WhatsApp group, and the weekend locums are costing me a fortune. #speaker: Bev #mood: worried
Then we start with those three, before we touch the renewal. #speaker: Ruth #mood: neutral
Bev laughs. #clear
You always know where I'm going before I do. #speaker: Bev #mood: pleased
Twenty minutes later Bev has renewed all fifteen practices, the three new ones included, at the same price per practice, and asked Ruth to come to the new practice managers' meeting next month.
Nobody has put a start date on the three new ones. Ruth hasn't written anything down at all.
-> after_thistlewood

=== after_thistlewood ===
Back in the car, Ruth writes one line in a small notebook and starts the engine. #clear #scene: car
Go on, then. #speaker: Ruth #mood: neutral
It was her account, and it showed: eight years of knowing where Bev was going before Bev did. #decision: After the first call #readiness: Ruth R4 #debrief: What did you say to Ruth about a call she ran well, and what did she do with it? #debrief: What does feedback on a strong call need to do for someone who is able and willing, and confident? #debrief: After the next good call you watch, what will you offer: one thing to fix, a question, or a bigger job?
+ [Tell her it was a strong call, and name the one thing you'd tighten: she left without a start date for the three new practices. Next time, close it in the room #manage:tell #manage:detail #manage:push #approach:direct]
    ~ lower(trust, 5)
    Bev rings me on Thursdays. Has done for eight years. The date will be in by Friday. #clear #speaker: Ruth #mood: neutral
    She says it mildly. She doesn't write it down.
+ [Ask her what she saw in that room that you might have missed #lead:ask #approach:support]
    ~ raise(trust, 5)
    She thinks about it until the next roundabout. #clear
    Two of Bev's new practice managers came from a chain that had us before, and hated it. That's why I asked to go to their meeting. #speaker: Ruth #mood: thoughtful
    You hadn't seen that at all.
+ [Tell her she found Bev's problem before Bev said it, and the team should learn that from her. Would she take Sam to the new practices' meeting, her way? #lead:pull #lead:direction #lead:empower #approach:delegate]
    ~ raise(trust, 5)
    Sam. The one who photographs whiteboards. #clear #speaker: Ruth #mood: thoughtful
    She indicates, and pulls out round a tractor.
    He'd like Bev. All right. I'll tell him to leave his camera at home. #speaker: Ruth #mood: pleased
- -> to_varley

// ===========================================================================
// The drive to Varley Pharmacy
// ===========================================================================
=== to_varley ===
Forty minutes to Varley's head office, above their busiest pharmacy. #clear
{
- rd_open:
    You asked what I wanted eyes on. Here it is. Fiona Drury, Varley's new finance director. She's confirmed. #speaker: Ruth #mood: worried
- else:
    Kwame's just texted. His new finance director is sitting in. Fiona Drury, five weeks in the job. #speaker: Ruth #mood: neutral
}
Kwame Asante, their head of operations, has loved the rota since the first demo. Fiona hasn't seen it. #clear
Operations people buy it because they can see the rota. A finance director across the table, wanting pounds: I've never had to do that on my feet. #speaker: Ruth #mood: worried
She has printed the Varley proposal. It is in your footwell, open at the price page, with her pencil marks on it.
Thirty-five minutes to Varley. #readiness: Ruth R2 #debrief: Ruth needed nothing from you at Thistlewood. What was different on the way to Varley? #debrief: How much did you decide for her, and what did she have with her when she walked in? #debrief: Where else on your team is an able person new to one part of the job? #decision: Getting Ruth ready for Varley
+ [Tell her how you'd play a finance director and why: what doing nothing costs, then payback, then risk. Work out the numbers with her from Thistlewood's first year, and take her questions #manage:tell #manage:detail #approach:coach]
    ~ rd_prep = 1
    ~ raise(trust, 5)
    You talk; she drives. Thistlewood's weekend locum bill fell by a third in its first year. Varley's version will be pharmacies that close early: a shop can't open without a pharmacist. #clear
    She asks what to say if Fiona wants the worst case, not the best. You tell her: give her the worst one. Thistlewood's slowest practice still paid back inside a year.
    By the car park she has three lines on the back of her day sheet. #clear
    What nothing costs. Payback. Risk. Right. #speaker: Ruth #mood: thoughtful
+ [Ask her what she thinks a finance director will want to know first, and how she'd find it out. Let her work it through on the way #lead:ask=2 #approach:support]
    ~ rd_prep = 2
    She thinks out loud, and her questions are good ones. #clear
    What does an empty shift cost them? How many shops shut early last month? #speaker: Ruth #mood: thoughtful
    She is still working out how she'd turn the answers into pounds when she pulls into the car park. #clear
    I'll ask her. Then I'll work it out. Somehow. #speaker: Ruth #mood: worried
+ [Tell her she's sold to harder people than a finance director. Agree what she wants out of the room, a next step with Fiona, and leave how she gets it to her #lead:empower #approach:delegate]
    ~ rd_prep = 3
    Hm. #clear #speaker: Ruth #mood: neutral
    She turns the radio back up. In Varley's car park, engine off, she takes the proposal out of your footwell and reads the price page twice.
+ [Tell her you'll take the money questions if Fiona asks them. Ruth keeps the rota walk-through with Kwame #manage:control=2 #approach:none]
    ~ rd_prep = 4
    Fine. #clear #speaker: Ruth #mood: relieved
    She sounds relieved, and a little smaller.
- -> varley

// ===========================================================================
// Half past eleven: Varley Pharmacy, and the finance director
// ===========================================================================
=== varley ===
Half past eleven. Varley's meeting room is above the shop; you can hear the tills. #clear #scene: meeting-room #music: tense
Kwame is delighted to see Ruth. Fiona Drury shakes hands, opens her laptop, and says nothing for ten minutes.
Ruth walks Kwame through the rota: the weekend view, the swap button, the pharmacist cover screen. #clear
That screen would have saved us last month. Four shops shut early, no pharmacist. #speaker: Kwame #mood: pleased
Then Fiona looks up. #clear
Before we go any further. What does this cost us, and what does it save us? In pounds. #speaker: Fiona #mood: tense
{
- rd_prep == 1:
    Ruth turns her day sheet over. What doing nothing costs first: four early closes, a locum premium on every one. Fiona nods, and types. #clear
    For two good minutes, it works. Then:
    And if we roll it out to all twenty-four and the pharmacists won't use it? #speaker: Fiona #mood: tense
    There is nothing on the day sheet for that. Ruth goes back to the rota, and how much the vets at Thistlewood love the weekend view. #clear
- rd_prep == 2:
    Ruth asks what an empty shift costs Varley now. It's a good question. #clear
    You tell me. You're the one selling it. #speaker: Fiona #mood: annoyed
    Ruth has no number to give her. She goes back to the rota, and how much the vets at Thistlewood love the weekend view. #clear
- rd_prep == 3:
    Ruth answers with a story: how much the vets at Thistlewood love the weekend view, and how their managers stopped ringing round on Friday nights. #clear
    It's a good story. It isn't in pounds.
- else:
    Ruth glances at you. Before you can speak, Fiona turns her chair to face Ruth. #clear
    You're the account manager? Then you tell me. #speaker: Fiona #mood: tense
    Ruth starts on the rota, and how much the vets at Thistlewood love the weekend view. #clear
}
Fiona has stopped typing. She looks at her watch, then at Kwame, who is looking at the table.
I've a twelve o'clock across town. Ten minutes. #speaker: Fiona #mood: annoyed
Ruth is still on the rota. She is trying hard, and it is going the wrong way. #decision: Step in at Varley? #readiness: Ruth R2 #debrief: What did Fiona's watch tell you, and when did you see it? #debrief: What did stepping in, or staying out, cost Ruth, and what did it cost Varley? #debrief: Before the next call you sit in on, how will you and the rep agree when you step in, and how?
+ [Stay out. It's her meeting: let her find her way, and talk it through in the car #lead:empower=2 #approach:delegate]
    -> v_stay
+ [Step in: answer Fiona's question yourself, in pounds, then hand the rota back to Ruth #manage:control=2 #approach:none]
    -> v_yours
+ [Step in just enough: tell Ruth, out loud, to answer Fiona's question in pounds, and give her the number to start from #manage:control #manage:tell #approach:direct]
    -> v_steer

=== v_stay ===
You keep your hands round your coffee cup. #clear
{
- rd_prep == 1:
    In the last few minutes Ruth finds her day sheet again and gets to the payback. Fiona writes it down, and closes the laptop.
    Send me one page. I'll look at it. #speaker: Fiona #mood: neutral
    She says it on her way to the door.
    ~ rd_room = 3
    ~ lower(customer, 5)
- else:
    The ten minutes go on the rota. At five to, Fiona closes her laptop.
    Thank you both. I don't think this is for us this year. Kwame, a word after? #speaker: Fiona #mood: neutral
    Kwame walks you down the stairs. He doesn't quite meet Ruth's eye.
    ~ rd_room = 0
    ~ lower(customer, 15)
}
-> after_varley

=== v_yours ===
{rd_prep == 4:Fiona looks at Ruth, then lets you. }You lean in and give Fiona the pounds: four early closes last month, a locum premium on each, the payback, and a pilot on six pharmacies so the risk stays small. #clear
Fiona turns her laptop towards you. For ten minutes it's the two of you and a spreadsheet.
Put that on one page for me, and I'll take it to my board. #speaker: Fiona #mood: pleased
Ruth finishes the rota with Kwame, politely, and thanks you on the stairs. #clear
~ rd_room = 1
~ raise(customer, 10)
{rd_prep != 4:
    ~ lower(trust, 5)
}
-> after_varley

=== v_steer ===
{
- rd_prep == 1:
    You turn to Ruth and say it plainly: Fiona's asking what it costs if the pharmacists won't use it. Start from Thistlewood's slowest practice. #clear
    Ruth blinks, then turns the day sheet back over. The slowest practice paid back inside a year. Then, before you can say the rest, she offers Fiona a pilot on six pharmacies, so she can see whether the pharmacists use it.
- else:
    You turn to Ruth and say it plainly: take Fiona through what an empty shift costs Varley today, starting with Kwame's four early closes. #clear
    Ruth blinks. Then she asks Kwame what a locum pharmacist costs on a Saturday, writes it down, and multiplies. It's slow, and it's hers.
}
Fiona opens her laptop again. #clear
One page. Those numbers, the payback, and what happens if the pharmacists won't use it. By Friday. #speaker: Fiona #mood: neutral
~ rd_room = 2
~ raise(customer, 5)
-> after_varley

// ===========================================================================
// Ten past twelve: Varley's car park
// ===========================================================================
=== after_varley ===
~ rd_prep = 0 // read only at Varley; cleared so the checker can merge states
Ten past twelve. In Varley's car park, Ruth sits with both hands on the wheel. She doesn't start the engine. #clear #scene: car #music: calm
{rd_room:
- 0:
    Not this year. I heard her. #speaker: Ruth #mood: worried
- 1:
    Ten minutes, and you had her. Where did the payback come from? I want to know how you did that. #speaker: Ruth #mood: neutral
- 2:
    I was drowning. Then I wasn't. #speaker: Ruth #mood: thoughtful
- else:
    One page. She only said it to get us out of the room. #speaker: Ruth #mood: worried
}
Go on. You've been saving it. #speaker: Ruth #mood: neutral
She takes the notebook out of the door pocket, opens it at a clean page, and waits. #decision: Feedback on Varley #readiness: Ruth R2 #debrief: What did Ruth know about what went wrong before you spoke, and what did she know afterwards? #debrief: For someone keen but new to a task, what does a question do that telling doesn't, and the other way round? #debrief: How will you give feedback the next time a call you watched goes wrong?
+ [Tell her plainly: a money question answered with a rota story, which a finance director hears as a dodge, and more of her deals will have one. Then ask what she'd try #manage:tell #lead:direction #lead:pull #approach:coach]
    ~ rd_learnt = true
    ~ raise(trust, 5)
    A dodge. #clear #speaker: Ruth #mood: thoughtful
    She looks at the shop window for a long moment.
    Fourteen years, and I answer the question I like. Next time: her money first. The rota if she asks. #speaker: Ruth #mood: thoughtful
+ [Take her through it minute by minute: where it turned, what Fiona asked, and what you would have said at each point #manage:tell=2 #manage:detail #approach:direct]
    ~ rd_learnt = true
    She listens, and writes it all in the notebook: four lines, numbered. #clear
    Noted. #speaker: Ruth #mood: neutral
    She starts the engine. It's a thorough list, and it's in your words.
+ [Ask her how she thinks it went, and what she'd do differently with Fiona next time #lead:ask=2 #approach:support]
    ~ raise(trust, 5)
    I'd have more numbers. #clear #speaker: Ruth #mood: thoughtful
    She says it at once, and she believes it. She doesn't mention the question Fiona asked, or the one she answered instead.
+ [Skip the post-mortem: fourteen years in, she'll know what went wrong. Agree what matters, a next step with Varley this week, and leave how she gets it to her #lead:empower #approach:delegate]
    This week. Right. #clear #speaker: Ruth #mood: neutral
    She starts the engine. For the first ten miles neither of you says anything.
- -> pipkin

// ===========================================================================
// Half past two: Pipkin Day Nurseries, a first meeting
// ===========================================================================
=== pipkin ===
Lunch is a sandwich in a lay-by. At half past two you pull up outside Pipkin's head office: a converted house with a sandpit beside the car park. #clear
Moira Tate, their operations director, found Ruth, not the other way round: someone at Thistlewood gave her Ruth's number.
{
- rd_room == 1:
    I expect you'll want to lead this one. After this morning. #clear #speaker: Ruth #mood: neutral
    She says it politely. She is reaching into the back seat for her bag, not her laptop. #readiness: Ruth R3 #debrief: Who ran the Pipkin meeting, and who did Moira talk to? #debrief: How did what happened at Varley change what Ruth needed from you at Pipkin? #debrief: When you have stepped into someone's call, how will you step back out?
- else:
    This one's mine. First meetings, I mostly listen. #clear #speaker: Ruth #mood: neutral
    She is out of the car before you have your seatbelt off, looking at the sandpit. #decision: The third call #readiness: Ruth R4 #debrief: Who ran the Pipkin meeting, and who did Moira talk to? #debrief: How did what happened at Varley change what Ruth needed from you at Pipkin? #debrief: When you have stepped into someone's call, how will you step back out?
}
+ [Ask her how she wants to run it, and what she'd like you to do in the room. Back her plan #lead:ask #lead:empower #approach:support]
    -> p_asked
+ [Hand it to her: her meeting, her questions. You'll sit at the back and say nothing #lead:empower=2 #approach:delegate]
    -> p_hers
+ [Lead the first half yourself, to show her how you'd bring the money in early. She takes it from there #manage:control=2 #approach:none]
    -> p_yours
+ [Give her the plan for the meeting: four questions to ask, in this order, and the next step to ask Moira for before she leaves #manage:tell #manage:detail #manage:control #approach:direct]
    -> p_plan

=== p_asked ===
{
- rd_room == 1:
    She looks at you for a moment. #clear
    My way? I'd start with the sandpit. #speaker: Ruth #mood: thoughtful
    ~ raise(trust, 10)
- else:
    Sit in the corner. If I look at you, it's about the tea. #clear #speaker: Ruth #mood: pleased
    ~ raise(trust, 5)
}
-> p_good

=== p_hers ===
{
- rd_room == 1:
    Right. #clear #speaker: Ruth #mood: neutral
    She runs it by the book: good questions, asked in order, none of the spark you saw at Thistlewood. Moira is polite, and will be in touch. #scene: meeting-room
    -> moira_done
- else:
    ~ raise(trust, 5)
    She nods once, and heads for the door. #clear
    -> p_good
}

=== p_good ===
~ rd_pipkin = true
~ raise(customer, 5)
Ruth asks about the sandpit, and Moira talks for half an hour: staff ratios, agency staff, a room that shut at four last week because they were one carer short. #clear #scene: meeting-room
{rd_learnt:
    Then Ruth asks what a closed room costs Pipkin in fees, and writes the number down. She glances at you, once.
}
Moira books a second meeting before you have finished your tea.
-> moira_done

=== p_yours ===
~ lower(trust, 10)
{rd_room == 1:Thought so.|Fine.} #clear #speaker: Ruth #mood: neutral
You open, and bring the money in early: what agency cover costs Pipkin, and what a closed room costs in fees. Moira answers you, and keeps answering you. #scene: meeting-room
When you hand over, Ruth's questions are good. Moira keeps looking at you.
-> moira_done

=== p_plan ===
~ lower(trust, 5)
{
- rd_room == 1:
    She writes the four questions down. In the meeting she asks them in your order, word for word. #clear #scene: meeting-room
    Moira answers each one, briefly. Ruth hardly looks up from her notes.
- else:
    ~ rd_pipkin = true
    ~ raise(customer, 5)
    Four questions. Right. #clear #speaker: Ruth #mood: neutral
    In the meeting she asks none of them in that order. Moira talks for half an hour and books a second meeting, and Ruth doesn't look at you once. #scene: meeting-room
}
-> moira_done

// ===========================================================================
// Half past four: the station car park, and the development plan
// ===========================================================================
=== moira_done ===
Half past four. The station car park again, the engine running. #clear #scene: car
Ruth takes head office's development plan form out of the glovebox: one page, three boxes. Last year she wrote "Keep doing what I'm doing" in all three.
{
- rd_room == 0:
    Kwame has texted her: if something came in pounds, he'd put it in front of Fiona. No promises. #clear
- rd_room == 1:
    Fiona is expecting her page from you. #clear
- rd_room == 2:
    Fiona is expecting a page by Friday. #clear
- else:
    Fiona said she would look at one page. #clear
}
{rd_open && trust >= 60:She has already written one word in the first box: Fiona.}
What goes in it, then? #speaker: Ruth #mood: neutral
The first box asks about selling to the people who sign the cheques. #decision: Ruth's development plan #readiness: Ruth R2 #debrief: What went into Ruth's development plan, and who decided it? #debrief: What does a development plan need for a task someone has never done, compared with one they do every day? #debrief: What will you put in the next development plan you write with a veteran?
+ [Say what goes in and why: finance directors, because more of her deals have one. This week she writes Fiona's page; on Thursday you play Fiona for an hour. Take her questions #manage:detail #lead:direction #approach:coach]
    ~ rd_page = 1
    ~ raise(trust, 5)
    She writes it in the first box, in capitals. #clear
    Thursday. You be Fiona. What does a finance director read first? I'll bring the numbers. #speaker: Ruth #mood: thoughtful
+ [Ask her what she wants from the next six months, and what would help her most with finance directors #lead:ask=2 #approach:support]
    ~ raise(trust, 5)
    {
    - rd_learnt:
        ~ rd_page = 1
        Fiona's page. Me writing it, you reading it on Thursday before it goes. Then the next one on my own. #clear #speaker: Ruth #mood: thoughtful
    - else:
        ~ rd_page = 2
        A course, maybe. Someone must run one. #clear #speaker: Ruth #mood: thoughtful
        She writes it in the first box. Fiona's page she'll do tonight.
    }
+ [Book her on head office's finance course for sellers, and have her send you Fiona's page before it goes, so you can check it #manage:tell #manage:detail #manage:control #approach:direct]
    ~ lower(trust, 5)
    The course is in five weeks. Fiona's page is due this week. #clear
    {
    - rd_learnt:
        ~ rd_page = 1
        She writes it on Wednesday night, money first, and sends it to you at eleven. You change two numbers.
    - else:
        ~ rd_page = 2
        She writes it on Wednesday night and sends it to you at eleven. You send back six comments, the first of them "Money first?" She takes four, and not that one.
    }
+ [Let her build it on her strengths: mentoring Sam and running the team's deal reviews, so the team learns what she knows. Finance can wait until she's ready for it #lead:empower #lead:direction #approach:delegate]
    ~ rd_page = 2
    ~ raise(trust, 5)
    Mentoring. That I can do. #clear #speaker: Ruth #mood: pleased
    She fills in the other two boxes and leaves the first one blank. Fiona's page she'll do tonight.
+ [Take Fiona's page off her: you'll write it this week, and she can see how it's done #manage:control=2 #approach:none]
    ~ rd_page = 3
    ~ lower(trust, 5)
    Fair enough. #clear #speaker: Ruth #mood: neutral
    She writes "Watch how it's done" in the first box, folds the form, and puts it back in the glovebox.
- -> week_later

// ===========================================================================
// A week later: Fiona's reply
// ===========================================================================
=== week_later ===
{
- rd_page == 3 || (rd_room == 1 && rd_page == 2):
    -> end_yours
- rd_page == 1 && (rd_room == 0 || rd_room == 3):
    -> end_april
- rd_page == 1:
    -> end_hers
- else:
    -> end_home
}

=== end_hers ===
The next Tuesday, Ruth's car is in the office car park before yours. #clear #scene: office #music: calm
She puts her phone down on your desk without a word. Fiona's reply, to Ruth, copied to Kwame.
This is what I asked for. Six pharmacies from March, all twenty-four if the pilot holds. I'm taking it to the board on the twelfth. #speaker: Fiona #mood: pleased #music: hopeful
{rd_room == 1:
    She wrote back to me. Not to you. #speaker: Ruth #mood: pleased
}
Ruth picks the phone up again. #clear
{rd_pipkin:Pipkin's finance manager wants to come to the second meeting. I said yes before I'd thought about it.|Pipkin's got a finance manager. Next time I'll ask for her in the room.} #speaker: Ruth #mood: thoughtful #ending: her-page
-> END

=== end_april ===
Nine days later, on a Thursday, an email from Varley lands in Ruth's inbox, and she forwards it to you. #clear #scene: office #sfx: message
Not this year: the budget's set. But this is the first page a supplier has sent me that I've kept. Come back in April. #speaker: Fiona #mood: neutral
Underneath, Ruth has written one line. #clear
April. I'll have done three more of these by then. #speaker: Ruth #mood: thoughtful
{rd_pipkin:The first is for Pipkin. Moira's finance manager wants to see the numbers at the second meeting.|She has already asked Tomás for every customer's first-year figures.} #ending: april
-> END

=== end_yours ===
Thursday morning. Your phone rings: a number you don't know. #clear #scene: office #sfx: phone
It's Fiona Drury.
{
- rd_page == 2:
    I've got Ruth's page in front of me. {rd_learnt:It starts with pounds, but there's no payback in it, and you gave me one in the room.|It's about the rota, and what you told me in the room was in pounds.} Can I have that version? Then it goes to my board. #speaker: Fiona #mood: neutral
    You write it that evening. On Monday, Fiona's board agrees a pilot on six pharmacies, and she asks for you at the review.
- rd_room == 0 || rd_room == 3:
    {rd_room == 0:Kwame put your page in front of me.|I've read your page.} It's the first one that's been in pounds. Not this year, but come back in April, and bring it yourself. #speaker: Fiona #mood: neutral
- else:
    Your page went to my board last night. Six pharmacies from March. I'll want you at the pilot review. #speaker: Fiona #mood: pleased
}
Across the floor, Ruth is on the phone to Bev, laughing at something. #clear #music: off
Her development plan is in your inbox. {rd_page == 3:The first box says "Watch how it's done".|The box about finance says less than the other two.} {trust >= 55:At five she waves on her way out.|At five she goes home, crossword under her arm.} #ending: your-deal
-> END

=== end_home ===
On Friday, Ruth copies you in on her page to Fiona, as it goes. #clear #scene: office #sfx: message
It's a good page about the rota: the weekend view, the swap button, the vets at Thistlewood and their Friday nights. {rd_learnt:The pounds come first this time, three lines of them. None of them is a payback.|The pounds are on the back, under "Pricing".}
{rd_room == 0:There is no reply.|Fiona's reply is two lines: thank you, and they'll look again next year.} #clear #music: off
Finance people. They're all like that. #speaker: Ruth #mood: neutral
She goes back to her renewals, and does them well. {rd_pipkin:Moira's second meeting is in her diary, and Moira's finance manager has asked to come.|Her diary for next week is the same as last week's.} #ending: home-ground
-> END
