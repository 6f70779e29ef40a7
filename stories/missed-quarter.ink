# title: The missed quarter
# id: missed-quarter
# summary: The team finished the quarter at 81% of target, and Helen wants a recovery plan by Friday. On Monday morning the whole team is waiting to hear what you make of it: tighter activity numbers, or a fresh look at where the team is going and why?
# minutes: 12
# cast: Ruth Okafor, Dev Malhotra, Sam Lindqvist, Priya Nair, Tomás Ruiz, Helen Park
# objective: Answer a missed quarter with a plan the numbers can follow and a direction the team can believe in, and know which one you reach for first.
# objective: Give each person the direction they need for the task in front of them after a setback: close and clear for the new hire, a plan with reasons for a rep on work she never did, support for a rep on work she knows, the keys for the veteran.
# objective: Take a recovery plan to your boss that she can use upstairs, without losing the team that has to deliver it.
# meters: morale, pipeline, results
# account: Hartwell Packaging (a packaging manufacturer)
# account: Oakridge Print (a commercial printer)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state. Names start with mq_ (missed-quarter) to stay clear of cast.ink.
// ---------------------------------------------------------------------------
VAR mq_open = 0          // how you opened Monday: 1 the numbers, 2 where we're going, 3 the gap and a round of questions
VAR mq_floor = false     // there is an activity floor: forty calls a day, numbers posted every Friday (yours, or Helen's)
VAR mq_plans = false     // each rep brings their own plan on Wednesday
VAR mq_idea = false      // Ruth has said out loud what is wrong with the deal reviews
VAR mq_ruth = 0          // Ruth after Wednesday: 0 a brief from you, 1 the reviews handed to her, 2 hers after you asked, 3 run together, 4 mentoring Sam her way
VAR mq_sam = 0           // Sam on Monday: 1 direct, 2 coach, 3 support, 4 delegate
VAR mq_cold = false      // on Tuesday Priya's task was cold prospecting (the floor), not her own customers
VAR mq_priya = 0         // Priya on Tuesday: 1 direct, 2 coach, 3 support, 4 delegate
VAR mq_helen = 0         // Friday: 1 the activity plan, 2 the direction, 3 Ruth on the call, 4 both
VAR mq_overruled = false // Helen imposed her own plan on Friday

-> start

// Pipeline coverage as Tomás would say it on the first Friday, from the pipeline meter.
=== function mq_cov_now() ===
{
- pipeline >= 70:
    ~ return "two point six"
- pipeline >= 55:
    ~ return "two point four"
- else:
    ~ return "two point two"
}

// Pipeline coverage as Tomás would say it six weeks later.
=== function mq_cov() ===
{
- pipeline >= 80:
    ~ return "three point two"
- pipeline >= 70:
    ~ return "three"
- pipeline >= 60:
    ~ return "two point eight"
- pipeline >= 50:
    ~ return "two point six"
- pipeline >= 40:
    ~ return "two point four"
- else:
    ~ return "two point two"
}

// ===========================================================================
// Monday, quarter to eight
// ===========================================================================
=== start ===
~ morale = 40
~ pipeline = 40
~ results = 30
Monday, quarter to eight. The floor is empty, and the dashboard on the wall still says 81%. #scene: office #music: calm
Helen's message from Friday night is still at the top of your phone.
Eighty-one. I need a recovery plan from you by this Friday. Something I can take upstairs. #speaker: Helen #mood: tense
Tomás is in early too. He wheels his chair over, laptop open. #clear
Calls per rep per day: thirty-eight in the first month, twenty-seven in the last. #speaker: Tomás #mood: neutral
Coverage for this quarter is two point one times. We need three. And we skipped five of the twelve Thursday deal reviews. #speaker: Tomás #mood: neutral
Win rate held, though. When we got in front of the right buyers, we still won. #speaker: Tomás #mood: thoughtful
-> monday

// ===========================================================================
// Monday, nine o'clock: the team meeting
// ===========================================================================
=== monday ===
Nine o'clock. The whole team is in the meeting room before you, which is never a good sign. #clear #scene: meeting-room #music: tense
Dev is scrolling his phone. Ruth has her coffee and her arms folded. Priya's notebook is shut.
Sam sits in the front row, pen ready, as if there might be a test.
Behind you, Tomás puts the dashboard up. Eighty-one per cent. #decision: Opening the 81% meeting #debrief: What did you open Monday's meeting with, and what did each person in the room do with it? #debrief: After a miss, what does a team need first: the numbers, a direction, or a chance to say what went wrong? #debrief: How will you open the next team meeting after a bad month?
+ [Show the gap plainly, then go round the room: what would each of them change first? #manage:detail #lead:ask]
    -> m_round
+ [Put Tomás's numbers up and take them through it: calls down a third, coverage at two point one, five reviews skipped. Then say what has to change #manage:detail=2 #manage:tell]
    -> m_metrics
+ [Leave the dashboard for later. Start with where the team is going this year and why, then ask what got in the way last quarter #lead:direction=2 #lead:ask]
    -> m_reset

=== m_metrics ===
~ mq_open = 1
~ raise(pipeline, 5)
~ lower(morale, 10)
You take them through it slide by slide: calls, coverage, Thursdays. Tomás clicks on cue. #clear
Sam writes down every number. Priya nods at each one without looking up.
Forty calls a day? I've got four deals sitting in procurement. Who am I supposed to be calling? #speaker: Dev #mood: annoyed
Ruth looks into her coffee and says nothing.
-> wrap_up

=== m_reset ===
~ mq_open = 2
~ mq_idea = true
~ raise(morale, 10)
You leave the 81 where it is and talk about the customers this team wins best: mid-sized firms where you get in early and fix a real problem. That's where the year is. #clear
Then you ask what got in the way. A long silence.
Honestly? We stopped talking about customers. The deal reviews turned into a stage check. Nobody learns anything in them. #speaker: Ruth #mood: thoughtful
Priya opens her notebook. #clear
Good speech. Helen still wants a plan by Friday, though. #speaker: Dev #mood: neutral
-> wrap_up

=== m_round ===
~ mq_open = 3
~ mq_idea = true
~ raise(morale, 5)
~ raise(pipeline, 5)
You put the gap up, nineteen points short, and go round the room. #clear
Priya says she stopped prospecting when her deals started slipping. Dev says the calls were never the problem; the leads were.
I'm not sure what good looks like yet. #speaker: Sam #mood: worried
It comes out smaller than he meant it to. Ruth goes last. #clear
The deal reviews. They've turned into a stage check. Nobody learns anything in them. #speaker: Ruth #mood: thoughtful
-> wrap_up

=== wrap_up ===
{
- mq_open == 1:
    The room waits to see how you take Dev's question. #clear
- else:
    Twenty minutes left, and nothing on the whiteboard yet that anyone has to do. #clear
}
They need to walk out of this room knowing what this week looks like. Helen needs a plan by Friday. #decision: This week's plan #debrief: What did the team walk out of Monday's meeting with, and whose was it? #debrief: Who owns the plan now, and what difference will that make on a wet Wednesday afternoon? #debrief: What would you want them to walk out with next time?
+ [Agree the outcome with them, back on track by week six, and ask each of them to bring their own plan for it on Wednesday #lead:empower #lead:direction]
    -> w_plans
+ [Tell them why the next six weeks matter: what they build now is next quarter's number and next quarter's commission. The how is theirs #lead:direction #lead:empower]
    -> w_why
+ [Set it yourself: forty calls a day for everyone, Dev included, and Tomás posts the numbers every Friday #manage:control #manage:detail #manage:tell]
    -> w_floor

=== w_floor ===
~ mq_floor = true
~ raise(pipeline, 10)
~ lower(morale, 5)
Tomás writes it on the whiteboard: 40 a day. 3x by week six. Thursdays. #clear
{
- mq_open == 1:
    Fine. Forty. #speaker: Dev #mood: annoyed
    Ruth is first out of the door.
- else:
    Now that's a plan. #speaker: Dev #mood: pleased
    Ruth reads the board, and her shoulders drop a little.
}
-> sam

=== w_plans ===
~ mq_plans = true
~ raise(morale, 5)
My own plan? I can do that. #clear #speaker: Dev #mood: pleased
{
- mq_open == 1:
    ~ mq_idea = true
    Ruth puts her coffee down.
    Then can the Thursday reviews be part of it? Right now they're a stage check. Nobody learns anything in them. #speaker: Ruth #mood: thoughtful
- else:
    Sam looks at the blank page in his notebook, then at you.
}
The meeting ends with nothing on the whiteboard but Wednesday's date.
-> sam

=== w_why ===
~ raise(morale, 5)
You tell them plainly: what they build in the next six weeks is next quarter's number, and next quarter's commission. How each of them builds it is up to them. #clear
Priya writes something down and underlines it.
{mq_open == 1:Dev puts his phone away. Ruth still says nothing.|Dev puts his phone away.}
-> sam

// ===========================================================================
// Monday afternoon: Sam
// ===========================================================================
=== sam ===
Half past three. Sam comes over to your desk with his notebook held in both hands. #clear #scene: office #music: calm
{
- mq_floor:
    I've done twenty-two calls since the meeting. Nineteen voicemails. #speaker: Sam #mood: worried
    And when someone does pick up, I don't know what to say after hello. #speaker: Sam #mood: worried
- mq_plans:
    I'm meant to bring a plan on Wednesday. I don't know what goes in one. #speaker: Sam #mood: worried
- else:
    This morning was good. Really. I just don't know what I'm supposed to do tomorrow at nine. #speaker: Sam #mood: worried
}
He's eleven weeks in, with one small deal to his name, and he has taken the 81 as if it were his. #clear
A month ago he was the keenest person on the floor. Today he looks at you as if you might have the answer written down somewhere. #decision: Sam after the miss #readiness: Sam R1 #debrief: What did Sam ask you for, and what did you give him? #debrief: How much direction does someone eleven weeks into the job need the week after a miss, and when does giving it stop being micromanaging? #debrief: What will Sam need from you next week, and the week after?
+ [Tell him what you'd do at nine tomorrow, and why: ring the twenty firms most like his one win. Then ask him what he'd say after hello, and shape the opener with him #manage:control #lead:ask #approach:coach]
    -> s_coach
+ [Tell him he has good instincts: find his own rhythm this week, and come to you if he gets stuck #lead:empower #approach:delegate]
    -> s_delegate
+ [Sit down with him now: twenty named accounts, a three-line opener, and fifteen minutes together every morning this week #manage:tell #manage:detail #manage:control #approach:direct]
    -> s_direct
+ [Tell him the miss wasn't his doing and why you hired him, then ask what he thinks he should try tomorrow #lead:ask #lead:empower #approach:support]
    -> s_support

=== s_direct ===
~ mq_sam = 1
~ raise(pipeline, 10)
~ raise(morale, 5)
You pull a chair over. Tomás exports twenty accounts that look like the one customer Sam has already won. #clear
You write the opener together on a sticky note: who he is, what he's noticed about their business, one question.
Sam reads it back three times, then picks up the phone. #clear
At ten to five he books a meeting with a warehouse manager in Doncaster.
That's all I needed. Someone to show me what good looks like. #speaker: Sam #mood: relieved
-> priya

=== s_coach ===
~ mq_sam = 2
~ raise(pipeline, 5)
~ raise(morale, 5)
Tomás exports the twenty. You tell Sam why those: they look like the firm that already said yes. #clear
Then you ask what he'd say after hello. He isn't sure. You try it three ways, and he picks the one that sounds like him.
It takes forty minutes. I think I get it. I think. #speaker: Sam #mood: thoughtful
-> priya

=== s_support ===
~ mq_sam = 3
Some colour comes back into his face. #clear
Thanks. That helps. What should I try? Ring more people, I suppose. #speaker: Sam #mood: relieved
He goes back to his desk and looks at the CRM for a long time before he picks up the phone.
-> priya

=== s_delegate ===
~ mq_sam = 4
~ lower(pipeline, 5)
~ lower(morale, 5)
Right. Yes. OK. #clear #speaker: Sam #mood: neutral
He goes back to his desk. At six he's still there, reading the notes on deals that closed two years ago.
-> priya

// ===========================================================================
// Tuesday morning: coffee with Priya
// ===========================================================================
=== priya ===
~ mq_cold = mq_floor
Tuesday, half past ten. You take Priya for a coffee at the café across the car park. #clear #scene: cafe #music: calm
A year ago she was second on the board. Then three big deals slipped in a row, and since then she has only chased small ones.
{
- mq_floor:
    I'll hit the forty. I'm not worried about the forty. #speaker: Priya #mood: worried
    I just don't think anyone I'm calling wants to hear from me. #speaker: Priya #mood: worried
    Forty a day means strangers. Her best year came from customers who rang her back, and she has never been a cold caller. She is willing. She doesn't know how. #clear
    She turns her cup round and round on its saucer. #readiness: Priya R2 #debrief: What was Priya being asked to do this week, and was it something she had done before? #debrief: Sam and Priya are both struggling after the miss: why might the same help land differently with each of them? #debrief: What would you want Priya doing on her own a month from now, and how will you get her there? #decision: Priya's forty calls a day
- else:
    I liked Monday. I did. I just don't know if I'm any good at this any more. #speaker: Priya #mood: worried
    Her best year came from customers she had already helped. She knows how to do that. She hasn't rung one of them in months. #clear
    She turns her cup round and round on its saucer. #readiness: Priya R3 #debrief: What was Priya being asked to do this week, and was it something she had done before? #debrief: Sam and Priya are both struggling after the miss: why might the same help land differently with each of them? #debrief: What would you want Priya doing on her own a month from now, and how will you get her there? #decision: Priya's forty calls a day
}
+ [Ask about her best quarter: what was she doing then that she isn't now? Let her build the next two weeks from her own answer #lead:ask=2 #lead:empower #approach:support]
    -> p_support
+ [Give her a plan: a call list from Tomás, forty calls a day, and five minutes with you every evening to go through them #manage:tell #manage:detail #manage:control #approach:direct]
    -> p_direct
+ [Tell her she's done this for years and you trust her to find her own way back, no check-ins #lead:empower=2 #approach:delegate]
    -> p_delegate
+ [Tell her where you'd start, and why: the customers she has already helped, because they already trust her. Write the first ten names together, and ask which one she'd ring first #manage:control #lead:ask #approach:coach]
    -> p_coach

=== p_direct ===
~ mq_priya = 1
OK. I can do that. #clear #speaker: Priya #mood: neutral
{
- mq_cold:
    ~ raise(pipeline, 10)
    The list gives her something to say. Her calls go up all week, and two of them turn into meetings.
    Every evening her five minutes are exactly five minutes: the numbers, and no questions.
- else:
    ~ raise(pipeline, 5)
    ~ lower(morale, 5)
    She does. Every evening her five minutes are exactly five minutes: the numbers, and no questions.
    Her calls go up all week. Her voice on them doesn't change.
}
-> ruth

=== p_coach ===
~ mq_priya = 2
She reads the ten names twice. #clear
{
- mq_cold:
    ~ raise(pipeline, 10)
    ~ raise(morale, 10)
    Oakridge first. I know what to say to them. #speaker: Priya #mood: relieved
    She rings the ten first thing each morning, then does the rest of her forty. By Friday three of the ten have given her names to call, and the cold calls aren't cold any more.
- else:
    ~ raise(pipeline, 10)
    They're good names. #speaker: Priya #mood: thoughtful
    She rings every one of them by Thursday. She doesn't add any of her own.
}
-> ruth

=== p_support ===
~ mq_priya = 3
She thinks about it for a long time. #clear
Two years ago? I was ringing customers I'd already helped, and asking who else had the same problem. #speaker: Priya #mood: thoughtful
You ask how many of them she's rung since. She laughs, a little.
None. Not one. #speaker: Priya #mood: relieved
By the end of the coffee she has eight names on a napkin, in her own handwriting. #clear
{
- mq_cold:
    ~ raise(pipeline, 5)
    ~ raise(morale, 5)
    Then she looks at her watch. Forty cold calls a day still to make. By Thursday the napkin is under her keyboard.
- else:
    ~ raise(pipeline, 10)
    ~ raise(morale, 10)
    She rings the first of them from the car park.
}
-> ruth

=== p_delegate ===
~ mq_priya = 4
~ lower(pipeline, 5)
She smiles and says thank you, and means it. #clear
Over the next week her calendar fills up with internal meetings and online training. Her pipeline doesn't move.
-> ruth

// ===========================================================================
// Wednesday afternoon: the drive back with Ruth
// ===========================================================================
=== ruth ===
{mq_plans:
    Wednesday morning, the plans arrive. Dev's says "better leads". Sam's is a copy of Priya's. Ruth's is three lines long. #clear
    Tomás adds them up.
    Two point three times coverage, if every deal goes right. And half the week has gone. #speaker: Tomás #mood: worried
}
Wednesday afternoon. You're driving Ruth back from a renewal meeting at Hartwell Packaging. #clear #scene: car #music: calm
She ran it beautifully, and looked bored doing it. Fourteen years on this team.
{
- mq_idea:
    About what I said on Monday. The reviews. #speaker: Ruth #mood: thoughtful
    Every deal, every week: what's the buyer's problem, who signs, what happens if they do nothing. I'd run them, if you wanted. #clear #speaker: Ruth #mood: thoughtful
- else:
    She's quiet most of the way. You can't remember the last time she said anything in a team meeting. #clear
}
Twenty minutes to the office. #readiness: Ruth R4 #debrief: What did Ruth offer on the drive, or hold back, and why? #debrief: What does a bored veteran need from you, and how is it different from what Sam needed on Monday? #debrief: If this goes well, what would you hand Ruth next? #decision: What Ruth takes on
+ [Keep the reviews with you, and give her a clear brief: the biggest pipeline on the team by week six, and two sessions a week with Sam #manage:control=2 #manage:tell #approach:direct]
    -> r_brief
+ {mq_idea} [Hand her the Thursday deal reviews, from tomorrow, to run her way #lead:empower=2 #approach:delegate]
    -> r_hand
+ {not mq_idea} [Ask her what she made of Monday, and what she'd change if this were her team #lead:ask #lead:empower #approach:support]
    -> r_ask
+ [Offer to run the reviews with her for a month: you chair and explain what you want from them, she brings the questions, and she takes the chair when you're both ready #manage:control #approach:coach]
    -> r_share
+ {not mq_idea} [Ask her to take Sam under her wing for the next six weeks, however she thinks best #lead:empower=2 #approach:delegate]
    -> r_mentor

=== r_hand ===
~ mq_ruth = 1
~ raise(morale, 10)
~ raise(pipeline, 5)
She turns from the window. #clear
My way? Not the checklist? #speaker: Ruth #mood: thoughtful
You say her way. For the first time in months, she gets a notebook out.
I'll need Tomás for an hour. And Dev's going to hate it, for about a week. #speaker: Ruth #mood: pleased
-> helen

=== r_ask ===
~ mq_ruth = 2
~ mq_idea = true
~ raise(morale, 10)
~ raise(pipeline, 5)
She's quiet for a mile. #clear
The deal reviews. They're a stage check. Every deal should be: what's the buyer's problem, who signs, what if they do nothing. I'd run them, if you let me. #speaker: Ruth #mood: thoughtful
You ask why she didn't say so on Monday.
Monday wasn't that kind of meeting. #speaker: Ruth #mood: neutral
You tell her the reviews are hers from tomorrow.
-> helen

=== r_mentor ===
~ mq_ruth = 4
~ raise(morale, 5)
~ raise(pipeline, 5)
Sam? #clear #speaker: Ruth #mood: thoughtful
She thinks about it for a junction or two.
Go on, then. He reminds me of me, God help him. #speaker: Ruth #mood: pleased
She spends the rest of the drive planning his first week out loud.
-> helen

=== r_share ===
~ mq_ruth = 3
~ raise(pipeline, 5)
Sure. Happy to help. #clear #speaker: Ruth #mood: neutral
On Thursday she brings three sharp questions for every deal, and waits for you to ask them.
-> helen

=== r_brief ===
~ mq_ruth = 0
~ raise(pipeline, 5)
~ lower(morale, 5)
Biggest pipeline by week six, and Sam twice a week. Fine. #clear #speaker: Ruth #mood: neutral
She talks about the roadworks for the rest of the drive.
-> helen

// ===========================================================================
// Friday, four o'clock: Helen
// ===========================================================================
=== helen ===
Friday, four o'clock. Helen's face fills the screen. #clear #scene: video-call #music: tense
Tomás's numbers are open in the other window: calls at {mq_floor:thirty-nine|thirty-one} a day, coverage at {mq_cov_now()}.
So. The recovery plan. What am I taking upstairs on Monday? #decision: The plan for Helen #speaker: Helen #mood: tense #debrief: What did you take to Helen, and what did she hear? #debrief: Which parts of your week were the plan, and which were the direction? Did Helen need both? #debrief: How will you report the next six weeks to Helen, and who else could do some of the talking?
+ [Start with where the team is going this year and why, and ask for six weeks to show it in the number #lead:direction=2]
    -> h_why
+ [Give her both: where the team is going in two sentences, then the plan, number by number #lead:direction #manage:detail]
    -> h_both
+ {mq_ruth == 1 || mq_ruth == 2} [Bring Ruth onto the call to tell Helen how the new deal reviews work #lead:empower #lead:direction]
    -> h_ruth
+ [Walk her through the activity plan week by week: calls, coverage, Thursday reviews, with Tomás's numbers behind each #manage:detail=2]
    -> h_detail

=== h_detail ===
~ mq_helen = 1
~ raise(pipeline, 5)
~ lower(morale, 5)
You take her through it line by line. Helen writes as you talk. #clear
That I can take upstairs. Send me Tomás's numbers every Friday until you're at three. #speaker: Helen #mood: pleased
By Monday lunchtime the team knows Helen is reading their call counts.
-> weeks

=== h_why ===
~ mq_helen = 2
Helen hears you out. #clear
{
- pipeline >= 55:
    ~ raise(morale, 5)
    Your coverage is moving already. All right. Six weeks, and then I want three. #speaker: Helen #mood: thoughtful
- else:
    -> h_overruled
}
-> weeks

// Helen overrules a request for time when the numbers give her nothing to take upstairs.
=== h_overruled ===
~ mq_overruled = true
I can't take "where we're going" upstairs. Not at {mq_cov_now()}. #speaker: Helen #mood: annoyed
So here's the plan. Forty calls a day from Monday, the numbers to me every Friday, and I'm chairing Thursday's deal review myself until coverage moves. #speaker: Helen #mood: tense
She sends it to the whole team at five, before you've had a chance to tell them. #clear
~ mq_floor = true
~ raise(pipeline, 10)
~ lower(morale, 10)
-> weeks

=== h_ruth ===
~ mq_helen = 3
~ raise(morale, 10)
Ruth pulls a chair in beside you and takes Helen through yesterday's review: the buyer's problem, who signs, the cost of doing nothing. #clear
Dev took one of his own deals out of commit. Nobody asked him to. #speaker: Ruth #mood: pleased
If Ruth's running those, you've got six weeks. #speaker: Helen #mood: thoughtful
-> weeks

=== h_both ===
~ mq_helen = 4
~ raise(pipeline, 5)
Two sentences on where the team is going, then the plan, number by number. #clear
Fine. That I can sell. Numbers every Friday, please, and we'll talk properly in six weeks. #speaker: Helen #mood: thoughtful
-> weeks

// ===========================================================================
// Six weeks later
// ===========================================================================
=== weeks ===
Six weeks later. Thursday, half past four. #clear #scene: office #music: calm
{
- mq_overruled:
    ~ lower(morale, 5)
    Helen chaired two Thursday reviews. Nobody brought a deal they were worried about. Calls have held at thirty-nine a day, because she reads them.
- mq_floor:
    ~ raise(pipeline, 10)
    ~ lower(morale, 5)
    Calls have held at thirty-nine a day. Tomás's league table goes up every Friday. Dev tops it and never looks at it.
- else:
    Calls have settled at thirty a day. Nobody has mentioned the number since week one.
}
{
- mq_ruth == 1 || mq_ruth == 2:
    ~ raise(pipeline, 5)
    ~ raise(morale, 5)
    {mq_overruled:Ruth got the reviews back after Helen's two.} Ruth's reviews run long, and nobody minds. Priya brought a deal she was scared of, and left with three questions for the buyer.
- mq_ruth == 3:
    Ruth still brings the questions to the reviews. You still ask them.
- mq_ruth == 4:
    The reviews run to time, and they're still a stage check. Ruth spends them watching Sam.
- else:
    The reviews run to time. Ruth answers when she's asked.
}
{
- mq_sam == 1:
    ~ raise(results, 5)
    Sam has closed two small deals, and last week he wrote his own opener. #clear
- mq_ruth == 4 || (mq_sam == 4 && mq_ruth == 0):
    Ruth's sessions with Sam are paying off: he booked three meetings on his own this week. #clear
- mq_sam == 4:
    ~ lower(morale, 5)
    On Tuesday, Sam asked you quietly whether he's cut out for this job. #clear
- else:
    Sam is getting there, slowly. He still checks with you before any call he isn't sure of. #clear
}
{
- (mq_cold && mq_priya == 2) || (not mq_cold && mq_priya == 3):
    ~ raise(results, 10)
    Priya's three best deals came from {mq_cold:names her old customers gave her|customers she had already helped}. One of them is the biggest on the board.
- mq_priya == 1:
    ~ raise(results, 5)
    Priya makes her forty calls a day, every day. She hasn't asked a question in a meeting since the café.
- mq_priya == 2:
    ~ raise(results, 5)
    Priya works your ten names, and the ones they gave her. She hasn't added one of her own.
- mq_priya == 3:
    Priya has good weeks and bad weeks. The napkin is still under her keyboard.
- else:
    Priya's pipeline is where it was in week one.
}
~ raise(results, pipeline / 3)
{
- pipeline >= 70 && morale >= 60:
    -> end_both
- pipeline >= 70:
    -> end_numbers
- morale >= 60:
    -> end_team
- else:
    -> end_adrift
}

=== end_both ===
On Monday, for the first time in months, nobody is in the meeting room before you. #clear #music: hopeful
They're on the phones.
Helen rings at lunchtime. #sfx: phone
{mq_ruth == 1 || mq_ruth == 2:Coverage at {mq_cov()}, and people upstairs are asking about your Thursday reviews. Keep doing whatever you're doing.|Coverage at {mq_cov()}, and your team sounds like a team again. Keep doing whatever you're doing.} #speaker: Helen #mood: pleased #ending: back-on-track
-> END

=== end_numbers ===
On your way out you pass Ruth's desk. #clear #music: off
{mq_ruth == 1 || mq_ruth == 2:She's writing up questions for next Thursday's review. Everyone else went home at five.|{mq_ruth == 4:She's going through tomorrow's calls with Sam. Everyone else went home at five.|There's a recruiter's email open on her screen. She doesn't close it when you walk past.}}
In the car park, your phone lights up with Helen's message. #sfx: message
Coverage at {mq_cov()}. That's the recovery I promised upstairs. Good work. #speaker: Helen #mood: pleased #ending: numbers-back
-> END

=== end_team ===
Down the corridor, someone laughs in the meeting room. The Thursday review has run over again. #clear #music: off
Tomás puts his head round your door with the weekly numbers. Coverage is {mq_cov()}.
Helen's message comes in at five. #sfx: message
I keep hearing the team's in good spirits. Good spirits don't go upstairs. #speaker: Helen #mood: annoyed
You open Tomás's dashboard and start on next week's numbers, on your own. #ending: team-back
-> END

=== end_adrift ===
On the wall, the dashboard has moved on to the new quarter. It doesn't look much different. #clear #music: off
Coverage is {mq_cov()}, after six weeks.
{mq_overruled:Helen is in the meeting room again, chairing the review. She waves you in.|Helen walks in at half past four, unannounced. From Monday, she says, she's chairing your Thursday reviews.}
Tomás looks across at you, then back at his screen. #ending: still-adrift
-> END
