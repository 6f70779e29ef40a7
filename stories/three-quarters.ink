# title: Three quarters under
# id: three-quarters
# summary: Priya has been at sixty per cent of her number for three quarters. Everyone likes her, Helen wants a decision, and HR has a date in the diary. A written plan, more time, a different job, or a way out with her head up? The team is watching what you do.
# minutes: 13
# cast: Priya Nair, Helen Park, Ruth Okafor, Tomás Ruiz, Dev Malhotra, Sam Lindqvist, Harriet Mercer
# objective: Decide, in time, what to do about an experienced person who has been under for a long time, and know what another month of waiting costs them and the team.
# objective: See that clear written standards and dates can be the kind and fitting help for an able person on a task they have never done, while the work they know needs their own targets, not yours.
# objective: Notice how the team reads a performance plan, and let the people who want to help, help.
# meters: trust, results, morale
# account: Harlow Logistics (a logistics firm, 30 depots)
# account: Brightwater Foods (a food manufacturer)
# account: Castell Dental Group (a group of dental practices)
# account: Oakridge Print (a commercial printer)
# account: Harbour Inns (an inn group, 30 inns)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state (prefixed tq_ for "three quarters"). Integers and booleans only.
// Readiness (docs/cast.md): Priya is R3, able but insecure, on her own customers;
// R2, unable but willing, on new business, which she has never had to find. By the
// midpoint of the plan her new-business readiness has moved with the help she got:
// R3 after clear standards and a weekly hour (or a daily routine), R2 after a
// target she set softly herself, R1 after a number with no how.
// Meters: trust is Priya's trust in you; results is how she stands against the
// plan (70 or more at the end means every standard met); morale is the team's.
// ---------------------------------------------------------------------------
VAR tq_wait = false   // you asked Helen for a month of "let's see" first: the plan then runs four weeks, not eight
VAR tq_why = false    // you told Priya first why the sixty per cent is two numbers (the new-business line)
VAR tq_own = 0        // her own customers in the plan: 1 your weekly calls, 3 her own targets, 4 left out of it (2 is not used)
VAR tq_new = 0        // new business in the plan: 1 a daily routine, 2 written standards and a Friday hour, 3 her own soft target, 4 a number and no how
VAR tq_ruth = 0       // Ruth's offer: 1 handed to Ruth; 0 kept inside the plan (you run the sessions, or Ruth does them on your rota)

-> start

// Priya's readiness on new business at the midpoint, as a level 1 to 4 (see above).
=== function tq_ready() ===
{
- tq_new <= 2:
    ~ return 3
- tq_new == 3:
    ~ return 2
- else:
    ~ return 1
}

// What the midpoint adds to her results for an approach of level `style` (1 direct … 3 support):
// the fitting help moves her most (most of all where the plan had no how in it until now);
// one step off moves her a little; a shorter plan leaves less time for any of it to work.
=== function tq_gain(style) ===
~ temp gap = style - tq_ready()
{gap < 0:
    ~ gap = -gap
}
~ temp gain = 0
{
- gap == 0 && tq_new >= 3:
    ~ gain = 15
- gap == 0:
    ~ gain = 10
- gap == 1:
    ~ gain = 5
}
{tq_wait:
    ~ gain = MAX(0, gain - 5)
}
~ return gain

// ===========================================================================
// Monday morning: the car park
// ===========================================================================
=== start ===
~ trust = 40
~ results = 30
~ morale = 50
Monday, five past eight. Rain on the windscreen, and the car park half full. #scene: car-park #music: calm
Tomás sent the quarter's numbers on Friday night. You read them again with the engine off.
Priya Nair: 171k against 300. Fifty-seven per cent. The quarter before, fifty-nine. Before that, sixty-two. #clear
Tomás has split her line in two, the way he does when he thinks you might have missed something.
Her own customers: 171 against 200. New business: nothing against 100, three quarters running.
The new-business line went into every quota in January. Until then, Priya never needed one. #clear
Two rows over, Priya is sitting in her car with the engine running, reading something on her phone. She hasn't got out.
A charcoal car pulls into the space beside yours. Helen. She's in for the quarterly reviews.
-> car_park

=== car_park ===
She walks you to the door under her umbrella, because she has brought one and you haven't. #clear
Three quarters at sixty. #speaker: Helen #mood: tense
She's good. Everyone likes her. I like her. That's why you're hearing it from me and not from Harriet. #speaker: Helen #mood: neutral
Harriet Mercer is the HR business partner. She comes over from head office on Thursdays. #clear
Harriet says a plan that starts this week runs its eight weeks before the headcount review on the 28th. Start later and it can't. Then it's a different conversation. #speaker: Helen #mood: tense
I'm not asking you to let her go. I'm asking you to decide. #speaker: Helen #mood: neutral
At the door she shakes out the umbrella. #clear
Three quarters is as long as I give anyone. You'd know. #speaker: Helen #mood: thoughtful
It's your third quarter running this team. She doesn't quite smile. #decision: Helen wants a decision #debrief: What did you tell Helen, and what did it commit you and Priya to? #debrief: What does another month of "let's see" cost someone who already knows she's behind, and the people watching? #debrief: When a good person has been under for a long time, how will you choose between a plan, more time and a different job?
+ [Tell Helen you'll put it in writing this week: a standard for each part of Priya's number, dates, and a review every fortnight, with Harriet in the room #manage:detail=2 #manage:control]
    -> cp_plan
+ [Ask Helen for one more month before anything goes on paper: agree with Priya what a good month looks like, and leave the how to her. She has four good years behind her #lead:empower]
    -> cp_wait
+ [Tell Helen the sixty hides two numbers, and that before any plan you'll tell Priya where her job has gone since January and why, then write the plan with her #lead:direction=2]
    -> cp_why

=== cp_plan ===
Good. Thursday, then. Harriet will want it on paper before she sits in on it. #clear #speaker: Helen #mood: pleased
She goes in ahead of you, already on her phone.
When you look back across the car park, Priya is still in her car.
-> hr_room

=== cp_why ===
~ tq_why = true
Two numbers or one, the total is the one I answer for upstairs. #clear #speaker: Helen #mood: thoughtful
Tell her the why, then. But it's a plan by Thursday, and it's on paper. #speaker: Helen #mood: neutral
She goes in ahead of you. Priya is still in her car.
-> hr_room

=== cp_wait ===
~ tq_wait = true
Helen looks at the rain for a while. #clear
A month. I'll tell Harriet. She won't move the 28th for either of us. #speaker: Helen #mood: annoyed
She goes in without the umbrella, and leaves it with you.
-> the_month

=== the_month ===
~ lower(results, 5)
~ lower(morale, 10)
~ raise(trust, 5)
You tell Priya none of the car park. You agree a month's number with her, 75k, and tell her she has your backing to get there her own way. #clear #music: tense
She thanks you twice, and works late every night.
By the end of the month she has rung every customer she has, and Brightwater has added a little. Castell has gone quiet. 58k of the 75. New business: nothing. #clear
The team has noticed Helen's visits, and Harriet's name on the room booking every Thursday. Nobody says anything to you.
Dev has stopped making jokes near Priya's desk.
The invite from Harriet arrives on a Monday: "Performance plan: Priya Nair. Four weeks." #sfx: message
-> hr_room

// ===========================================================================
// Thursday: the HR room
// ===========================================================================
=== hr_room ===
{tq_wait:A month on, a Thursday.|Thursday, ten o'clock.} The HR room on the second floor: a round table, a window onto the car park. #clear #scene: meeting-room #music: tense
Harriet Mercer has a laptop and a printed template.
I've sat in a lot of these. Whatever else goes in it, I need numbers and dates, and what help she gets. #speaker: Harriet
{tq_wait:
    And it has to fit in four weeks now, not eight. #speaker: Harriet
}
Someone has left a box of tissues in the middle of the table. You move it to the windowsill. #clear
Priya comes in with her notebook and two pens, lined up side by side.
{
- tq_wait:
    Four weeks. That's what the invite said. #speaker: Priya #mood: tense
    A month ago you said I had your backing. #speaker: Priya #mood: defensive
    ~ lower(trust, 10)
- else:
    Is this the part where you tell me I've got eight weeks? #speaker: Priya #mood: worried
}
{tq_why:
    You start where you told Helen you would. The sixty per cent is two numbers: her customers, at eighty-six per cent of their part, and a new-business line she never had to fill until January, at nothing. #clear
    She looks at the two numbers for a long time.
    Nobody's put it like that. I thought I'd just got worse at everything. #speaker: Priya #mood: thoughtful
    ~ raise(trust, 10)
}
-> customers

=== customers ===
Her customers first: Harlow Logistics, Brightwater Foods, Castell Dental Group, Oakridge Print. 171 against 200 last quarter. #clear
She knows every buyer by name, and which of them has a new site coming. She grew accounts like these for four good years.
What she has lost is the nerve to say a number out loud.
That part I can do. I think. I used to. #decision: Priya's own customers #speaker: Priya #mood: worried #readiness: Priya R3 #debrief: On her own customers, what could Priya already do, and what was missing? #debrief: Who wrote this part of the plan, and how will she feel about it in the last week? #debrief: What would you want to hear from an able person before you put their target in writing?
+ [Ask her which of her customers has room to grow, and what she'd need to see before she wrote a number down; her answers become that part of the plan #lead:ask=2 #lead:empower #approach:support]
    -> c_hers
+ [Set that part out for her: a call to each customer every week, logged by Friday, and 200k from them by the end of the plan #manage:detail #manage:control #manage:tell #approach:direct]
    -> c_weekly
+ [Leave her customers out of the plan: she's been near her number on them all year, and they're hers to run #lead:empower=2 #approach:delegate]
    -> c_left

=== c_hers ===
~ tq_own = 3
She thinks for longer than you expect. #clear
Oakridge are opening a second print works in the spring. And Brightwater have a new line going in at the Leeds factory. #speaker: Priya #mood: thoughtful
If I get both, that's 215. That one I can say out loud. #speaker: Priya #mood: relieved
Harriet types it in as she says it.
~ raise(results, 15)
~ raise(trust, 10)
-> new_business

=== c_weekly ===
~ tq_own = 1
She writes it down. #clear
Every week. Logged by Friday. Fine. #speaker: Priya #mood: neutral
She doesn't mention Oakridge's second print works. You hear about it from Tomás three weeks later.
~ raise(results, 5)
~ lower(trust, 10)
-> new_business

=== c_left ===
~ tq_own = 4
Oh. OK. Thank you. #clear #speaker: Priya #mood: relieved
She looks relieved, and then less so. The plan is one page now: new business, and nothing else on it.
~ raise(results, 5)
-> new_business

=== new_business ===
Then the line she has never filled: new business, 100k a quarter from companies that have never bought from you. #clear
Every customer Priya has came to her through someone: a handover, a referral, a buyer who changed jobs. In five years she has never opened a door from cold.
I'll do it. Whatever it takes. I just don't know where you start. #speaker: Priya #mood: worried
{
- tq_wait:
    Harriet's pen waits over the template. Four weeks, not eight. #decision: Priya's new-business target #readiness: Priya R2 #debrief: Priya said she'd do whatever it takes. What did she not yet know how to do? #debrief: Was it unkind to write the standards down, with dates? What would vaguer help have felt like in the last week of the plan? #debrief: When an experienced person is new to a task, how will you give clear direction without treating them as new to everything?
- else:
    Harriet's pen waits over the template. #decision: Priya's new-business target #readiness: Priya R2 #debrief: Priya said she'd do whatever it takes. What did she not yet know how to do? #debrief: Was it unkind to write the standards down, with dates? What would vaguer help have felt like in the last week of the plan? #debrief: When an experienced person is new to a task, how will you give clear direction without treating them as new to everything?
}
+ [Give her a routine: forty calls a day from a list Tomás pulls, logged by five, and you go through the log with her every evening #manage:detail #manage:control=2 #manage:tell #approach:direct]
    -> n_routine
+ [Write the standards down and say why each one: first meetings with new companies by the midpoint, proposals by the end, an hour with you every Friday on her list. Then take her questions #manage:detail=2 #manage:control #approach:coach]
    -> n_standards
+ [Put the number in, tell her why the company needs new customers this year, and leave the how to her: 100k by the end of the plan. Five years in, she knows how to sell #lead:empower=2 #lead:direction #approach:delegate]
    -> n_number
+ [Ask her what would be a fair new-business target, and how she'd go about it, and write in what she proposes #lead:ask #lead:empower #approach:support]
    -> n_hers

=== n_routine ===
~ tq_new = 1
Forty. Every day. OK. #clear #speaker: Priya #mood: neutral
Tomás's list arrives by lunchtime: four hundred names, with a phone number for each.
Priya prints the first forty and tapes them to the edge of her desk. By Friday, everyone who walks past has seen them.
~ raise(results, 10)
~ lower(trust, 5)
~ lower(morale, 5)
-> corridor

=== n_standards ===
~ tq_new = 2
{tq_wait:Six first meetings by the midpoint, two proposals by the end.|Twelve first meetings by the midpoint, three proposals by the end.} You tell her why: about one first meeting in four turns into a proposal, and it takes that many proposals to sign one. #clear
The Friday hour is so that she is never alone with the list for more than a week.
She asks what counts as a first meeting. You tell her: someone who has never bought from you, in the room or on camera, for half an hour at least. She writes it down word for word.
That I can use. #speaker: Harriet
It's a lot. But I know what it is. #speaker: Priya #mood: thoughtful
~ raise(results, 15)
~ raise(trust, 5)
-> corridor

=== n_number ===
~ tq_new = 4
You tell her why: the company needs new customers this year, not only more from the old ones. Harriet types "100k". #clear
Right. #speaker: Priya #mood: neutral
She writes the number in her notebook and underlines it twice.
How? #speaker: Priya #mood: worried
She doesn't say it as a question, and she doesn't ask it again.
~ lower(trust, 5)
-> corridor

=== n_hers ===
~ tq_new = 3
She thinks about it. #clear
Open some new conversations? #speaker: Priya #mood: worried
Can we put a number on that? #speaker: Harriet
Three? Three meetings. #speaker: Priya #mood: worried
Harriet writes "three meetings", and looks at you over the top of her glasses. Priya looks relieved it's a small number.
~ raise(trust, 5)
-> corridor

=== corridor ===
When you come out, Sam is hovering by the lifts with a coffee he isn't drinking. #clear #scene: office #music: calm
Is Priya OK? She's been in there an hour. #speaker: Sam #mood: worried
You tell him she's fine, and that it's hers to talk about, not yours.
The plan goes to Priya in writing that afternoon. She replies in four minutes: "Received. Thank you." #sfx: message
-> ruth

// ===========================================================================
// The first Wednesday of the plan: the car park again
// ===========================================================================
=== ruth ===
Wednesday of the first week, ten past five. You walk out to the car park. #clear #scene: car-park
Ruth is leaning on your car. Ruth goes home at five. Everyone knows Ruth goes home at five.
Fourteen years. Four managers. I've never said a word about any of their decisions. #speaker: Ruth #mood: tense
I'm saying one now. #speaker: Ruth #mood: tense
{
- tq_wait:
    You've all been very quiet for a month. That's louder than anything. #clear #speaker: Ruth #mood: annoyed
- else:
    Everyone's seen Harriet's name on the room booking. #clear #speaker: Ruth #mood: neutral
}
When my mother was in hospital, Priya ran my accounts for three weeks. Nobody asked her to. She's never mentioned it. #speaker: Ruth #mood: thoughtful
I sold Harbour Inns from a cold call. I can still do it. Let her come out with me, and I'll show her how I get the first meeting. #speaker: Ruth #mood: thoughtful
It's the most you've heard her say in three quarters. #clear
You can't tell her what's in the plan. You don't have to. #decision: Ruth offers to help Priya #readiness: Ruth R4 #debrief: What did Ruth do that she never does, and what did it tell you about how the team was reading the plan? #debrief: How much did you tell Ruth how to help, and what did that do to her offer? #debrief: Who else on your team could help a colleague, if you let them?
+ [Take her up on it, and leave the how to her and Priya; Ruth tells you on Fridays how it's going #lead:empower=2 #approach:delegate]
    -> r_hers
+ [Say yes, on your terms: two joint meetings a week from Tomás's list, and a note to you after each one #manage:control #approach:direct]
    -> r_schedule
+ [Thank her, and keep it inside the plan: you'll run the prospecting sessions with Priya yourself #manage:control=2 #approach:none]
    -> r_yours

=== r_hers ===
~ tq_ruth = 1
Good. Tuesdays and Thursdays, then. I'll sort it out with her. #clear #speaker: Ruth #mood: pleased
She's gone before you've found your keys.
On Thursday, Priya comes back from her first morning with Ruth talking faster than you've heard her in a year.
~ raise(results, 10)
~ raise(morale, 10)
-> midpoint

=== r_schedule ===
// The same state as r_yours from here on: Ruth's help, on a rota she didn't choose, is help the team sees her give grudgingly.
~ tq_ruth = 0
Two a week. Notes. Fine. #clear #speaker: Ruth #mood: neutral
The notes arrive after each meeting, two lines long, at five to five. Then she goes home.
By the midpoint there are {tq_wait:four|eight} of them in a folder by your keyboard. Priya has been to every meeting, and Ruth has not said a word about any of them.
~ raise(results, 5)
~ lower(morale, 10)
-> midpoint

=== r_yours ===
~ tq_ruth = 0
Right. #clear #speaker: Ruth #mood: neutral
She gets into her car without another word.
The next day, and every day after it, Ruth goes home at five.
~ raise(results, 5)
~ lower(morale, 10)
-> midpoint

// ===========================================================================
// The midpoint of the plan
// ===========================================================================
=== midpoint ===
{tq_wait:The end of week two, the middle of the plan.|The end of week four, the middle of the plan.} There's a note on your keyboard, on the back of a meeting agenda, in Helen's handwriting. #clear #scene: office #music: calm
Saw Tomás's tracker. Harriet says if anyone is offered terms, they have to be signed before the 28th. I'm not telling you which way. I'm telling you when. #speaker: Helen #mood: neutral
If you'd rather change her job than change her, bring me the numbers that say so. H. #speaker: Helen #mood: neutral
{tq_ruth == 1:
    In the kitchen, Dev hands Priya a printout. #clear
    Three hotel groups I'll never get round to. Don't tell Tomás I printed something. #speaker: Dev #mood: pleased
}
At four you sit down with Priya in the small room. Tomás's tracker is on the screen. #clear #scene: meeting-room
{
- tq_new == 1:
    Forty calls a day, every day, every one logged. {tq_wait:Four|Seven} first meetings booked{tq_ruth == 1:, two of them through Ruth's Tuesdays}.
    She knows the opening by heart now, and she has started to hate the sound of it.
    I can do this. I just don't want to do it like this. #decision: The plan's halfway review #speaker: Priya #mood: annoyed #readiness: Priya R3 #debrief: How far had Priya come on new business since the HR room, and what did that change about the help she needed? #debrief: Did your help at the midpoint keep her in charge of her own progress, or take it back? #debrief: How will you know when to loosen the grip on a plan that is working?
- tq_new == 2:
    {tq_wait:Five|Nine} first meetings, {tq_wait:one proposal|two proposals} in draft{tq_ruth == 1:, and two of the meetings came through Ruth's Tuesdays}.
    She still reads her opening off a card, and still glances at you before every call. Then she makes the call.
    I've got it, I think. I don't trust that I've got it. #decision: The plan's halfway review #speaker: Priya #mood: thoughtful #readiness: Priya R3 #debrief: How far had Priya come on new business since the HR room, and what did that change about the help she needed? #debrief: Did your help at the midpoint keep her in charge of her own progress, or take it back? #debrief: How will you know when to loosen the grip on a plan that is working?
- tq_new == 3:
    Her three meetings: one done, two "in progress"{tq_ruth == 1:, and a page of Ruth's advice she hasn't used yet}.
    She wants to. She doesn't know what to do after hello.
    I'm trying. I don't know what I'm meant to be doing differently. #decision: The plan's halfway review #speaker: Priya #mood: worried #readiness: Priya R2 #debrief: How far had Priya come on new business since the HR room, and what did that change about the help she needed? #debrief: Did your help at the midpoint keep her in charge of her own progress, or take it back? #debrief: How will you know when to loosen the grip on a plan that is working?
- else:
    New business: nothing yet{tq_ruth == 1:, except one meeting Ruth took her to}.
    She has stopped saying "whatever it takes". She has stopped saying much at all.
    I keep opening the list and closing it again. #decision: The plan's halfway review #speaker: Priya #mood: worried #readiness: Priya R1 #debrief: How far had Priya come on new business since the HR room, and what did that change about the help she needed? #debrief: Did your help at the midpoint keep her in charge of her own progress, or take it back? #debrief: How will you know when to loosen the grip on a plan that is working?
}
+ [Ask her what has worked so far and what she'd change, and let her set the next fortnight's steps herself, inside the plan's standards #lead:ask #lead:empower #approach:support]
    -> m_hers
+ [Tell her what you'd change for the second half, and why, and take her questions #manage:tell #manage:detail #approach:coach]
    -> m_explain
+ [Set the next fortnight for her, meeting by meeting, and go through her diary with her every morning #manage:control=2 #manage:detail #approach:direct]
    -> m_daily

=== m_hers ===
~ raise(results, tq_gain(3))
{
- tq_ready() == 3:
    She already knows. #clear
    Fewer cold calls, more of the ones who said "not yet". And Ruth's way of asking for the meeting, not mine. #speaker: Priya #mood: thoughtful
    She writes the next fortnight herself in ten minutes, and hands it to you to read.
    ~ raise(trust, 10)
- tq_ready() == 2:
    She tries. She has ideas, and none of them has a next step in it. #clear
    You end up agreeing to see how the next fortnight goes.
    OK. Thanks for asking, anyway. #speaker: Priya #mood: neutral
- else:
    She looks at the table. #clear
    I don't know. That's the problem. I don't know. #speaker: Priya #mood: worried
    You leave with nothing written down, and so does she.
    ~ lower(trust, 5)
}
-> final

=== m_explain ===
~ raise(results, tq_gain(2))
{
- tq_ready() == 3:
    She listens and nods, and halfway through you realise she had already planned most of it. #clear
    Yes. That's what I was going to do. #speaker: Priya #mood: neutral
- tq_ready() == 2:
    At last, something she can follow: who to ring, why them, and what to say after hello. #clear
    She asks four questions and writes down every answer.
    That's what I didn't have. #speaker: Priya #mood: relieved
    ~ raise(trust, 5)
- else:
    She follows most of it. She asks one question, about the first call, and you answer it. #clear
    It's a start. She doesn't look as if she believes it is.
}
-> final

=== m_daily ===
~ raise(results, tq_gain(1))
{
- tq_ready() == 3:
    She takes the list. Two of the meetings on it she had booked already. #clear
    The next fortnight is yours now, not hers, and she knows it.
    ~ lower(trust, 10)
- tq_ready() == 2:
    The list gives her a next step for every name. She does each one, and asks about none of them. #clear
- else:
    For the first time since the HR room she knows what to do at nine o'clock each morning. #clear
    Every morning she does it, and at ten she shows you the diary.
    Thank you. I needed someone to just say. #speaker: Priya #mood: relieved
    ~ raise(trust, 5)
}
-> final

// ===========================================================================
// The last week of the plan: the HR room
// ===========================================================================
=== final ===
{tq_wait:Week four.|Week eight.} The HR room again. Harriet has printed the tracker. Priya has brought her own copy, with notes in the margin. #clear #scene: meeting-room #music: tense
{
- results >= 70:
    Every line is green. Her customers are over their number{tq_own == 3:, at the 215 she set herself}.
    {
    - tq_new <= 2:
        New business: {tq_wait:six first meetings, two proposals out, one signed|twelve first meetings, three proposals out, one signed}.
    - tq_new == 3:
        New business: the three meetings she set herself, and more since the midpoint. One proposal out, and signed.
    - else:
        New business: the 100k, just, from one proposal signed in the last week of the plan.
    }
    She has been looking at the same figures since Monday, and she still reads them twice.
- else:
    {
    - tq_own == 3:
        Her customers: 212, three short of the 215 she set herself, and the best she has done in a year.
    - tq_own == 1:
        Her customers are just under their number, with every weekly call logged.
    - else:
        Her customers are just under their number.
    }
    {
    - tq_new == 3:
        New business: two of the three meetings she set herself, and nothing signed.
    - else:
        New business is short: a handful of first meetings, one proposal, nothing signed.
    }
    She knew before she came in. She has circled the new-business line in red herself.
}
Harriet turns the page over and waits for you. #clear
It's your review. I'm here to write it down. #speaker: Harriet
// One line leads to both final decisions, so its label says which one the map box is.
Priya puts her pen down, square to the edge of the notebook. #decision: Last review: plan {results >= 70:met|not met} #debrief: What did Priya already know about where she stood before you said a word? #debrief: Whatever you decided, what did the team see, and what will they expect if it's them one day? #debrief: What will you do in the first week of the next plan you write, for anyone?
{
- results >= 70:
    -> final_met
- else:
    -> final_short
}

=== final_met ===
+ [Close the plan today, in writing: every standard met, and it comes off her file #manage:detail]
    -> end_her_plan(1)
+ [Ask her what she wants the next year to look like, now she knows she can open a door #lead:ask #lead:direction]
    -> end_her_plan(2)
+ [Keep the Friday hour and the tracker going for another quarter, plan or no plan, so nothing slides #manage:control #manage:detail]
    -> end_unfair(3)

=== final_short ===
+ [Tell her the plan isn't met: go through each standard against the tracker, say what happens next, and put it in writing today #manage:detail #manage:tell]
    {
    - tq_new <= 2 && not tq_wait && morale >= 40:
        -> end_fair_miss
    - else:
        -> end_unfair(1)
    }
+ [Ask her what she wants to do now, with both doors open: the formal next stage, or an agreed exit with a reference and her own words to the team #lead:ask #lead:empower]
    -> end_exit
+ [Give her four more weeks on the same standards, and let her decide where to spend them. She's closer than she was, and you'd rather not lose her #lead:empower]
    -> end_unfair(2)
+ {tq_own == 3} [Take Helen the two numbers and propose a different job: Priya keeps her customers, with a quota to match, and her new-business line goes to Dev and Sam #lead:direction=2]
    -> end_new_shape

// ===========================================================================
// Endings
// ===========================================================================
=== end_her_plan(how) ===
Friday, ten past five. The car park is nearly empty. #clear #scene: car-park #music: hopeful
Priya is sitting in her car with the engine off, on the phone, laughing at something a buyer has said.
{
- how == 1:
    Harriet's letter says "completed". Priya has tucked it inside the cover of her notebook, where the plan used to be.
- else:
    She told you what she wants next year: to keep a new-business line of her own. Fifty, not a hundred. She'll find it herself.
}
{tq_ruth == 1:Ruth's car is still here too. Ruth is in it, doing the crossword, waiting to hear how the call went.}
Priya sees you, and holds up one finger: one minute. #ending: her-plan
-> END

=== end_fair_miss ===
You go through it line by line: each standard, what the tracker says, and what happens next. Harriet writes it down. #clear
That's the clearest one of these I've sat in this year. #speaker: Harriet
I knew in week five. I could see it on the tracker. Nobody had to tell me. #speaker: Priya #mood: thoughtful
She leaves at the end of the month, after the formal hearing Harriet has to hold, with the plan and the tracker in her bag. #clear #music: off
On her last day Ruth walks her out to the car park, and comes back in at twenty past five.
That was straight. I didn't like it. It was straight. #speaker: Ruth #mood: neutral
Next time, I'll know what to ask for. Written down. #speaker: Priya #mood: neutral #ending: fair-miss
-> END

=== end_exit ===
She takes a long breath, and picks up her pen again. #clear
The second one. If I can say it to the team myself. #speaker: Priya #mood: thoughtful
Harriet has the papers ready by Tuesday, before the 28th: a leaving date, a reference, and nothing anyone has to whisper about.
On Friday afternoon Priya stands up at her desk, and the floor goes quiet. #clear #scene: office #music: calm
I'm going. It's my choice, and I've had four good years here, and one I'd rather forget. #speaker: Priya #mood: relieved
{
- trust >= 50 && not tq_wait:
    And thank you, all of you. My manager included: nobody ever pretended with me. #speaker: Priya #mood: pleased
- else:
    And thank you, Ruth. You know what for. #speaker: Priya #mood: pleased
}
Dev has brought pastries. Ruth stays until six. #ending: dignified-exit
-> END

=== end_new_shape ===
You find Helen in the corridor outside the HR room, and show her the two numbers side by side. #clear
She reads them twice.
Her customers, over. New business, nothing signed all year. Dev and Sam can carry that line? #speaker: Helen #mood: thoughtful
You say they can, and why. She hands the page back.
Bring me the quota sheet. Don't make a habit of it. #speaker: Helen #mood: neutral
Tomás sends it round the following Monday. #clear #sfx: message #music: calm
Priya: 215 a quarter, the number she set herself, all of it from her customers. The new-business line: Dev and Sam. #speaker: Tomás #mood: neutral
First time I've changed a quota in the middle of a year. I didn't know the spreadsheet could. #speaker: Tomás #mood: pleased
Across the floor, Priya is on the phone to Oakridge, asking about their third print works. #ending: new-shape
-> END

=== end_unfair(why) ===
{
- why == 1:
    You go through it line by line. Harriet writes it down. Priya says almost nothing. #clear
    {
    - tq_wait:
        Four weeks to mend three quarters, after a month of being told she had your backing.
    - tq_new == 3:
        The standard she missed was the small one she set herself, on a task she had never done. The plan that set it said nothing about how, and whatever help came, came after it.
    - tq_new == 4:
        The standard she missed was a number, and the plan that set it said nothing about how to meet it.
    - else:
        The standards were clear. The help around them was not, and the whole floor saw it.
    }
    She leaves at the end of the month, after the formal hearing Harriet has to hold.
- why == 2:
    She says thank you, and means it. Harriet writes "extended" and says nothing at all. #clear
    The 28th comes and goes, and the offer of terms goes with it. Four weeks later the tracker looks much the same, and Priya starts her third month on a plan.
- else:
    She says yes. She always says yes. #clear
    Every Friday she brings the tracker to your hour without being asked. Nobody has told the team the plan is over, and nobody believes it is.
}
In the kitchen, Dev is filling the kettle when you come in. #clear #scene: office #music: tense
{
- why == 1:
    So that's what happens at sixty per cent. Good to know. #speaker: Dev #mood: annoyed
- why == 2:
    Is the plan a plan, or is it a mood? Asking for Sam. #speaker: Dev #mood: annoyed
- else:
    She passed. Does anyone plan to tell her? #speaker: Dev #mood: annoyed
}
Sam has asked Tomás, quietly, what his own new-business line is. Ruth goes home at five. #ending: looked-unfair
-> END
