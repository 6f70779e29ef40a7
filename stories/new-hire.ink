# title: The new hire's first big account
# id: new-hire
# summary: Sam, seven weeks into the job, has landed a first meeting with Marlow Hotels: twenty-two hotels, the biggest new prospect in the region. Do you hand it over, coach him through it, or run it for him?
# minutes: 12
# cast: Sam Lindqvist, Ruth Okafor, Helen Park, Joanna Pike, Gareth Wynn
# objective: Match how closely you direct to where the person is today: clear steps for someone new, a free hand for someone who knows the job.
# objective: Give a new starter a plan, a rehearsal and the words for the hard question, then step back as they grow.
# objective: Notice when handing something over really means leaving someone alone with it, and when a question in front of a client is one too many.
# meters: customer, results, morale
# account: Marlow Hotels (a hotel group, 22 hotels)
# account: Harbour Inns (an inn group, 30 inns)
# account: Bramley Leisure (a spa hotel group, 8 hotels)

INCLUDE common/cast.ink

// ---------------------------------------------------------------------------
// Story state. Prefix nh_ (new-hire).
// Readiness (docs/cast.md): Sam is R2, unable but willing, on planning and
// running the meeting; on a hard question he has no answer for (the summer,
// price) he is R1, unable and insecure; on an answer he has rehearsed until
// it is his, R3, able but insecure. Ruth is R4 on showing a new starter how.
// ---------------------------------------------------------------------------
VAR nh_mode = 0          // Monday's plan: 1 coached, 2 you lead, 3 he shapes it with your questions, 4 handed over
VAR nh_ruth = 0          // 0 kept on her own accounts, 1 helping Sam her way, 2 working to your brief
VAR nh_prep = 0          // how ready Sam is for Gareth's question (0..6)
VAR nh_script = false    // Sam practised an answer for the summer question with you
VAR nh_line = false      // Sam practised the price line in the car
VAR nh_sam_leads = true  // Sam runs the Marlow meeting (false: you do)
VAR nh_cover = false     // you promised to take the hard questions yourself
VAR nh_deal = 0          // Marlow: 0 gone cold, 1 three-hotel pilot, 2 pilot and all 22 by March
VAR nh_disc = false      // Sam offered a discount in the room
VAR nh_grew = false      // Sam answered the hard question in front of the client
VAR nh_alone = 0         // times you left Sam to work it out alone before the meeting
VAR nh_fed = false       // you handed him the first line in the room
VAR nh_had_it = false    // he had a rehearsed answer ready when Gareth asked, whoever gave it
VAR nh_r3 = false        // at Bramley he is able but unsure: he grew at Marlow, or had the answer ready
VAR nh_fitted = false    // the help you gave him at Bramley fitted where he was
VAR nh_next = 0          // Bramley: 1 planned step by step, 2 his plan, questioned, 3 handed over, 4 coached

-> start

// ===========================================================================
// Monday morning
// ===========================================================================
=== start ===
~ customer = 40
~ results = 40
~ morale = 60
Monday, half past nine. You haven't got your coat off yet. #scene: office #music: calm
Sam Lindqvist is waiting at your desk, phone held up like a trophy.
Marlow Hotels said yes! Thursday at ten, at their head office. Joanna Pike, head of operations. #speaker: Sam #mood: pleased
Twenty-two hotels. The biggest new account anyone in the region has opened this year. #clear
Sam has been here seven weeks: first in every morning, two small renewals so far, and one demo that ran forty minutes over.
Your phone buzzes. #sfx: message
Saw Marlow on the board. Biggest new logo in the region. Don't let it get away. #speaker: Helen #mood: tense
So. How do we play it? #decision: How to play Marlow #clear #speaker: Sam #mood: thoughtful #readiness: Sam R2 #debrief: What did Sam bring you on Monday morning, and what did Sam need from you? #debrief: How much of Thursday did you hand over, and why that much? #debrief: How will you decide how much to hand over the next time a new starter lands something big?
* [Sit down with Sam now: say how you'd run it and why, take his ideas, and book a practice run for Wednesday #manage:tell #lead:direction #approach:coach]
    ~ nh_mode = 1
    ~ nh_prep += 1
    ~ raise(morale, 5)
    You pull a chair over. Joanna's problems first, then three questions, price last: a first meeting is for finding out what hurts. #clear
    Sam wants to open with the demo. You say why not yet, and he adds a question of his own about August. It fits on one page.
    Sam photographs the page. Twice.
    I'll book the small room for Wednesday. Four o'clock? #speaker: Sam #mood: pleased
* [Lead the meeting yourself, with Sam beside you to watch and take notes #manage:control=2 #approach:none]
    ~ nh_mode = 2
    ~ nh_sam_leads = false
    ~ raise(customer, 5)
    ~ lower(morale, 5)
    You tell Sam you'll lead on Thursday: Sam comes along, takes notes, and sees how a big first meeting goes. #clear
    Sure. Makes sense. It's a big one. #speaker: Sam #mood: neutral
    The smile stays on a beat too long.
* [Ask Sam how the meeting should go, and let him shape the plan while you ask the questions #lead:ask=2 #lead:empower #approach:support]
    ~ nh_mode = 3
    You ask how Sam would run it. #clear
    I'd do the demo. The full one. Then ask if they have questions? #speaker: Sam #mood: thoughtful
    You ask what Joanna will want to know first. A long pause.
    Price, probably. I'll have a proper think tonight and write an agenda. #speaker: Sam #mood: worried
* [Tell Sam the meeting is his to run, and you're around if needed #lead:empower=2 #approach:delegate]
    ~ nh_alone += 1
    ~ nh_mode = 4
    ~ raise(morale, 10)
    Really? Mine? #clear #speaker: Sam #mood: pleased
    Sam is back at the desk before you've finished the sentence.
    By lunchtime the screen shows a slide deck: "Marlow Hotels: full product overview". Forty-one slides.
- -> ruth

// ===========================================================================
// Monday, eleven o'clock: Ruth
// ===========================================================================
=== ruth ===
Eleven o'clock. Ruth Okafor stops by with a coffee, fresh off a renewal call she could do in her sleep. #clear
Sam's news is already all over the team chat. Three party-popper emojis from Dev.
Marlow? I sold Harbour Inns four years ago. Same sort of buyer. Ops people hate changing anything before the summer. #speaker: Ruth #mood: thoughtful
Fourteen years on the team, and her number is already made for the quarter. Lately she does the crossword in pipeline reviews. #clear
She nods towards Sam's desk.
Sam could use someone who's done it before. If you want. #decision: Ruth offers to help Sam #speaker: Ruth #mood: neutral #readiness: Ruth R4 #debrief: What did Ruth offer, and what was in it for her? #debrief: How did the way you answered change what she brought to Sam? #debrief: Who on your team is good at something and bored, and what could you hand them?
* [Ask Ruth to take Sam under her wing for Marlow, however she thinks best #lead:empower=2 #approach:delegate]
    ~ nh_ruth = 1
    ~ nh_prep += 1
    ~ raise(morale, 10)
    However I think best. #clear #speaker: Ruth #mood: pleased
    She almost smiles.
    Then I'll have Sam for an hour this afternoon. And the Harbour Inns story. That one always lands. #speaker: Ruth #mood: pleased
* [Say yes, and ask what she'd need from you to make the time #lead:empower #approach:support]
    ~ nh_ruth = 1
    ~ nh_prep += 1
    ~ raise(morale, 5)
    Need? Nothing. Just don't turn it into an objective in my review. #clear #speaker: Ruth #mood: neutral
    She pulls a chair up to Sam's desk. Twenty minutes later, they're both laughing.
* [Give Ruth a clear brief: an hour with Sam on Wednesday, covering the Harbour Inns story, pricing and objections #manage:control #manage:detail #approach:direct]
    ~ nh_ruth = 2
    ~ lower(morale, 5)
    An hour. Wednesday. Harbour Inns, pricing, objections. #clear #speaker: Ruth #mood: neutral
    She writes it on a sticky note, the way she'd write down a dentist's appointment.
* [Thank her, but keep her on her own accounts: this week Sam needs one voice, and it should be yours #manage:control=2 #approach:none]
    ~ nh_ruth = 0
    ~ lower(morale, 5)
    Fair enough. #clear #speaker: Ruth #mood: neutral
    She goes back to her desk. By half eleven the crossword is out.
- -> wednesday

// ===========================================================================
// Wednesday: getting ready
// ===========================================================================
=== wednesday ===
{
- nh_mode == 2:
    -> wed_yours
- nh_mode == 4:
    -> wed_handed
- else:
    -> rehearsal
}

=== rehearsal ===
Wednesday, four o'clock. The small meeting room. #clear #scene: meeting-room
{nh_mode == 3:Sam's agenda reads: "1. Demo (full). 2. Questions. 3. Price." You suggested a practice run anyway.}
{nh_ruth == 2:Ruth did her hour with Sam at lunchtime: Harbour Inns, pricing, objections, in that order.}
{nh_ruth == 1:Ruth plays Joanna. She is better at it than you'd like.|You play Joanna.} Ten minutes in, Sam is doing fine.
{
- nh_ruth == 1:
    Then Ruth leans back. #clear
    We signed with our current supplier two years ago. Why would I touch anything before the summer? #speaker: Ruth #mood: thoughtful
- else:
    Then you lean back and ask it the way Joanna might. #clear
    They signed with their current supplier two years ago. Why touch anything before the summer?
}
Sam looks at the notes, then at you.
I don't know. What do I say? #decision: Sam stuck in the practice run #speaker: Sam #mood: worried #readiness: Sam R1 #debrief: Sam was keen on Monday and stuck on Wednesday: what was different about the task? #debrief: What did Sam take out of the room: an answer, a question, or a promise? #debrief: How do you prepare a new starter for the question they can't see coming?
* [Give Sam the answer word for word: nothing changes before the summer, three hotels in September. Then ask the question again, twice #manage:tell=2 #manage:detail #approach:direct]
    ~ nh_prep += 2
    ~ nh_script = true
    ~ raise(morale, 5)
    Sam writes it on an index card. The first time, it comes out in a rush. #clear
    The second time, it sounds like Sam.
    Nothing changes before your summer. Three hotels in September, and you judge us on those. #speaker: Sam #mood: pleased
* [Ask Sam what Joanna is really afraid of, and let him work his way to an answer #lead:ask=2 #lead:empower #approach:support]
    ~ nh_prep += 1
    Sam thinks about it. #clear
    That it all goes wrong in August, when the hotels are full? #speaker: Sam #mood: thoughtful
    You ask what would make that less likely. Sam gets as far as "start smaller" before the room booking runs out.
    The meeting is in eighteen hours, and he still has no words for it.
* [Tell Sam not to over-rehearse: know the three questions to ask, and let the conversation run #lead:empower=2 #approach:delegate]
    ~ nh_alone += 1
    ~ raise(morale, 5)
    Sam's shoulders drop an inch. #clear
    Good. I sound like a robot when I practise. #speaker: Sam #mood: relieved
* [Say you'll take the summer question yourself if it comes up tomorrow #manage:control=2 #approach:none]
    ~ nh_cover = true
    Oh, thank God. OK. #clear #speaker: Sam #mood: relieved
    Sam crosses it off the list with a neat line.
- -> car

=== wed_yours ===
Wednesday afternoon. Sam comes over with a new notebook, pen already uncapped. #clear
{nh_ruth == 2:Ruth did her hour with Sam at lunchtime: Harbour Inns, pricing, objections, in that order.}
{
- nh_ruth == 1:
    Ruth's been telling me about Harbour Inns. I've got pages. #speaker: Sam #mood: pleased
}
For tomorrow. What do you want me to do in there? #decision: Sam's part at Marlow #speaker: Sam #mood: thoughtful #readiness: Sam R2 #debrief: What did Sam ask you for, and what did you give? #debrief: What would Sam learn from Thursday in the role you chose? #debrief: How do you give a new starter a real part in a meeting that matters?
* [Give Sam a part to own and say why it matters: the opening, three questions, and the answer if Joanna asks why change before the summer. Write them together, then practise twice #manage:tell #lead:empower #approach:coach]
    ~ nh_prep += 2
    ~ nh_script = true
    ~ raise(morale, 10)
    Half an hour at the whiteboard: the opening, three questions, and an index card for the summer question. #clear
    By the second run, Sam stops reading and starts asking.
    I can do that. I can actually do that. #speaker: Sam #mood: pleased
* [Take notes and watch how it's done; speak if Joanna asks something directly #manage:control=2 #approach:none]
    Got it. Notes. #clear #speaker: Sam #mood: neutral
    Sam writes NOTES at the top of a fresh page and underlines it twice.
* [Ask which part of the meeting Sam would like to run, and why #lead:ask=2 #lead:empower #approach:support]
    ~ nh_prep += 1
    ~ raise(morale, 5)
    The demo. I know the demo. #clear #speaker: Sam #mood: thoughtful
    You ask what Joanna will want out of it. Sam cuts it from forty minutes to fifteen on the spot.
* [Change your mind: the meeting is Sam's to lead, and you'll just be in the room #lead:empower=2 #approach:delegate]
    ~ nh_alone += 1
    ~ nh_sam_leads = true
    ~ raise(morale, 5)
    Wait. Me? Tomorrow? #clear #speaker: Sam #mood: worried
    The notebook stays open at a blank page for the rest of the afternoon.
- -> car

=== wed_handed ===
Wednesday, four o'clock. #clear
{
- nh_ruth == 1:
    Ruth stops at your desk.
    Have you seen what Sam's taking to Marlow? #speaker: Ruth #mood: worried
- else:
    Passing Sam's desk, you catch sight of the deck.
}
Forty-one slides. Features, integrations, a price list on slide thirty-eight. Not one question for Joanna. #clear
{nh_ruth == 2:Ruth did her hour at lunchtime, as briefed. The deck didn't come up.}
It's all in there. Everything they could possibly ask. #decision: Sam's forty-one slides #speaker: Sam #mood: pleased #readiness: Sam R2 #debrief: What did the deck tell you about how Sam saw Thursday? #debrief: What did "it's your meeting" mean to Sam, and what did it mean to you? #debrief: When you hand something big to someone new, what will you check, and when?
* [Sit down with Sam and say why forty-one slides will lose Joanna. Rebuild it together: five slides, three questions, a line for the summer question. Then practise it #manage:tell #lead:direction #approach:coach]
    ~ nh_prep += 2
    ~ nh_script = true
    You tell him what you'd want in Joanna's chair: to be asked about her hotels, not shown a price list. #clear
    It takes until half six. Forty-one slides become five, and two of the questions are his.
    The summer question gets an index card: nothing changes before the summer, three hotels in September.
    Oh. That's a lot better than slide thirty-eight. #speaker: Sam #mood: relieved
* [Ask Sam what Joanna should have learned by the end of the hour #lead:ask=2 #lead:empower #approach:support]
    ~ nh_prep += 1
    Sam looks at the deck for a long time. #clear
    That we... understand hotels? #speaker: Sam #mood: thoughtful
    Fourteen slides come out. The price list stays in.
* {nh_ruth == 1} [Leave it with Sam and Ruth: it's Sam's meeting, and Ruth has already spotted the problem #lead:empower=2 #approach:delegate]
    ~ nh_prep += 1
    Ruth takes Sam into the small room. #clear
    When they come out, the deck is twelve slides shorter and Sam is writing questions on the back of a printout.
* {nh_ruth != 1} [Leave it with Sam: you said it was his meeting, and you meant it #lead:empower=2 #approach:delegate]
    ~ nh_alone += 1
    ~ raise(morale, 5)
    You wish Sam luck. #clear
    Sam beams, and goes back to slide twenty-two.
* [Take the lead tomorrow yourself: Sam can come along, take notes, and see how it's done #manage:control=2 #approach:none]
    ~ nh_sam_leads = false
    ~ lower(morale, 10)
    Oh. OK. Sure. #clear #speaker: Sam #mood: neutral
    Sam closes the laptop a little more carefully than usual.
- -> car

// ===========================================================================
// Thursday: the drive to Marlow
// ===========================================================================
=== car ===
Thursday, twenty past nine. The ring road is solid. #clear #scene: car #music: tense
You're driving. Sam is in the passenger seat, {nh_script:mouthing the words on an index card|scrolling through notes on a phone}.
The satnav says eleven minutes. It has said eleven minutes for a quarter of an hour.
Can I ask something? What if Joanna asks for a discount, straight out, in the first five minutes? #clear #speaker: Sam #mood: worried
{nh_sam_leads:Do I just say yes? Helen wants this one.|Do I look at you? Or say something?} #decision: If Joanna asks for a discount #speaker: Sam #mood: worried #readiness: Sam R1 #debrief: What was Sam really asking in the car? #debrief: What did Sam walk into the meeting with, after your answer? #debrief: What would you want a new starter to have ready for the price question, every time?
* [Ask Sam what a discount in the first five minutes would tell Joanna about the price #lead:ask=2 #lead:empower #approach:support]
    ~ nh_prep += 1
    Sam chews on it for a mile. #clear
    That it was never the real price? So... don't. But then what do I say instead? #speaker: Sam #mood: worried
    You're already turning into the car park. The question is still in the car when you get out.
* [Give Sam the line: "We'll price it once we know what the hotels need." Have Sam say it back, twice #manage:tell=2 #manage:control #approach:direct]
    ~ nh_prep += 2
    ~ nh_line = true
    We'll price it once we know what the hotels need. #clear #speaker: Sam #mood: thoughtful
    The second time, Sam says it to the windscreen like a promise.
* [Tell Sam to leave price to you: if Gareth or Joanna raise it, he looks at you #manage:control=2 #approach:none]
    ~ nh_cover = true
    Oh. Good. Yes. #clear #speaker: Sam #mood: relieved
    He puts the phone away and watches the traffic instead.
* [Tell Sam to go with what feels right on the day; you'll back whatever he decides #lead:empower #approach:delegate]
    ~ nh_alone += 1
    ~ raise(morale, 5)
    Whatever I decide. OK. #clear #speaker: Sam #mood: pleased
    Sam goes back to the notes and doesn't ask anything else.
- -> meeting

// ===========================================================================
// Thursday, ten o'clock: Marlow Hotels
// ===========================================================================
=== meeting ===
~ temp practised = nh_script || nh_line
~ nh_had_it = practised && nh_prep >= 3
Marlow Hotels, fourth floor. Framed photos of twenty-two hotels line the corridor. #clear #scene: meeting-room #music: calm
Joanna Pike shakes hands. Gareth Wynn from finance doesn't look up from his laptop.
{
- nh_sam_leads && nh_prep >= 3:
    Sam opens, asks the three questions, and listens. Joanna talks for ten minutes about August: full hotels, check-in queues, changeover days.
- nh_sam_leads && nh_prep >= 1:
    Sam opens a little fast, then finds a rhythm. Joanna answers the questions politely, and briefly.
- nh_sam_leads:
    Sam starts at slide one. At slide nine, Joanna looks at her watch.
- nh_script:
    You open. Sam asks the three questions, a little stiffly, and Joanna warms to them. She talks for ten minutes about August and its check-in queues.
- else:
    You open and ask the questions. Joanna talks about August: full hotels and check-in queues. Sam writes everything down.
}
Then Gareth closes his laptop. #clear
Let's be straight. What does this cost for twenty-two hotels, and why would we move before the summer? #speaker: Gareth #mood: tense
{
- practised && nh_prep >= 3:
    Sam sits up straight. He has this one on an index card. Then he looks at you, just for a second. #decision: Gareth's price question #readiness: Sam R3 #debrief: Sam had practised this answer: what did he still need from you in that second? #debrief: Who answered Gareth, and what did everyone in the room learn from that? #debrief: How will you decide, next time, when to step in and when to stay out?
- nh_cover || not nh_sam_leads:
    Sam glances at you. #decision: Gareth's price question #readiness: Sam R1 #debrief: Who answered Gareth, and what did everyone in the room learn from that? #debrief: What did Sam need in that moment, and what did Marlow need? #debrief: How will you decide, next time, when to step in and when to stay out?
- else:
    Sam looks down at the table. #decision: Gareth's price question #readiness: Sam R1 #debrief: Who answered Gareth, and what did everyone in the room learn from that? #debrief: What did Sam need in that moment, and what did Marlow need? #debrief: How will you decide, next time, when to step in and when to stay out?
}
* [Step in and answer it yourself: nothing changes before their summer, three hotels from September #manage:control=2 #approach:none]
    -> m_take
* {practised} [Cue Sam: "Take Gareth through what we practised." #manage:tell #lead:empower #approach:coach]
    -> m_cue
* {not practised} [Hand Sam the first line: "Sam, tell Gareth why we'd start with three hotels after the summer." #manage:tell=2 #approach:direct]
    -> m_feed
* [Turn to Sam: "What has Joanna told us today that answers that?" #lead:ask=2 #lead:empower #approach:support]
    -> m_ask
* [Say nothing, and let Sam answer #lead:empower=2 #approach:delegate]
    -> m_quiet

=== m_take ===
~ raise(customer, 10)
You take it: nothing changes before their summer, three hotels from September, and they judge you on those. #clear
{
- nh_prep >= 3:
    And if the three work, we'd look at all twenty-two by March. #speaker: Joanna #mood: pleased
    ~ nh_deal = 2
- else:
    Send us a proposal for three. We'll see. #speaker: Joanna #mood: neutral
    ~ nh_deal = 1
}
Sam writes it all down, and says nothing else for the rest of the hour.
{
- nh_sam_leads:
    ~ lower(morale, 10)
- else:
    ~ lower(morale, 5)
}
-> drive_back

=== m_cue ===
~ nh_grew = true
You turn to Sam and ask for the answer you practised. Sam takes a breath. #clear
{
- nh_script:
    Nothing changes before your summer. Three hotels in September, and you judge us on those. #speaker: Sam #mood: thoughtful
- else:
    We'll price it once we know what the hotels need. And we'd start after your busy season, not in it. #speaker: Sam #mood: thoughtful
}
{
- nh_prep >= 4:
    Gareth looks at Joanna. Joanna looks at Sam.
    Three in September. If they work, all twenty-two by March. #speaker: Joanna #mood: pleased
    ~ nh_deal = 2
    ~ raise(customer, 15)
    ~ raise(morale, 15)
- else:
    It comes out a little wooden, but it lands.
    Send us a proposal for three hotels. #speaker: Gareth #mood: neutral
    ~ nh_deal = 1
    ~ raise(customer, 5)
    ~ raise(morale, 10)
}
-> drive_back

=== m_feed ===
~ nh_fed = true
~ nh_grew = true
You give Sam the first line, and look at him. #clear
Three hotels, after the summer. So nothing changes in August, and you... judge us on the three? #speaker: Sam #mood: worried
It's your answer in his voice, and everyone at the table can hear that. But he said it, to Gareth's face.
Send us a proposal for three. We'll see. #speaker: Gareth #mood: neutral
~ nh_deal = 1
~ raise(customer, 5)
~ raise(morale, 5)
-> drive_back

=== m_ask ===
You turn to Sam and ask what Joanna has said today that answers Gareth's question. #clear
{
- (nh_script || nh_line) && nh_prep >= 3:
    ~ nh_grew = true
    ~ nh_deal = 2
    ~ raise(customer, 10)
    ~ raise(morale, 15)
    Joanna said August is your worst month. So we don't go near August. Three hotels in September, and you judge us on those. #speaker: Sam #mood: thoughtful
    Three in September. If they work, all twenty-two by March. #speaker: Joanna #mood: pleased
- nh_prep >= 2:
    ~ nh_deal = 1
    ~ raise(customer, 5)
    You said changeover days are the worst... so, not in the summer? #speaker: Sam #mood: worried
    It's halfway there. You fill in the rest, and Gareth asks for a proposal for three hotels.
- else:
    ~ nh_deal = 1
    ~ lower(customer, 5)
    ~ lower(morale, 10)
    Sam opens the laptop, then closes it. The silence lasts long enough for Gareth to open his again.
    You step in. Gareth asks for a proposal for three hotels, politely. Joanna doesn't look at Sam again.
}
-> drive_back

=== m_quiet ===
You say nothing. Everyone waits for Sam. #clear
{
- nh_prep >= 5:
    ~ nh_grew = true
    ~ nh_deal = 1
    ~ raise(customer, 10)
    ~ raise(morale, 10)
    Sam answers it cleanly: nothing changes before the summer, three hotels in September, and a price once they know what the hotels need.
    Gareth nods and asks for a proposal for three. Sam writes it down, and forgets to ask what happens after the three.
- nh_prep >= 3:
    ~ nh_deal = 1
    ~ nh_disc = true
    ~ lower(morale, 5)
    Sam gets the summer part out. Then Gareth presses on price, and Sam blinks.
    We could do fifteen per cent off. If you sign this month. #speaker: Sam #mood: worried
    Gareth writes the number down.
    Put that in writing, please. #speaker: Gareth #mood: neutral
- else:
    ~ nh_deal = 0
    ~ lower(customer, 15)
    ~ lower(morale, 20)
    I'll... come back to you on that. #speaker: Sam #mood: worried
    Joanna thanks you both for coming. The meeting ends twenty minutes early.
}
-> drive_back

// ===========================================================================
// Thursday, the drive back
// ===========================================================================
=== drive_back ===
{
- nh_deal == 2:
    ~ raise(results, 25)
- nh_deal == 1 && nh_disc:
    ~ raise(results, 5)
- nh_deal == 1:
    ~ raise(results, 10)
- else:
    ~ lower(results, 5)
}
Back on the ring road, going the other way. The traffic has cleared. #clear #scene: car
{
- nh_deal == 0:
    Sam says nothing until the roundabout.
    I froze. I had nothing. #speaker: Sam #mood: worried
- nh_grew:
    Sam talks the whole way back.
    Did you see Gareth's face when I said September? #speaker: Sam #mood: pleased
- nh_disc:
    I panicked. Fifteen per cent. I'm sorry. #speaker: Sam #mood: worried
- else:
    Sam has the notebook open on one knee.
    You made that look easy. #speaker: Sam #mood: neutral
}
Your phone buzzes in the cup holder. Sam reads the screen at the lights before you can. #clear #sfx: message
{
- nh_deal == 2:
    All twenty-two by March? Now that's a quarter. #speaker: Helen #mood: pleased
- nh_deal == 1:
    A pilot. Fine. I want all twenty-two by March. #speaker: Helen #mood: neutral
- else:
    What happened with Marlow? Call me. #speaker: Helen #mood: annoyed
}
-> bramley

// ===========================================================================
// Six weeks later: the next one
// ===========================================================================
=== bramley ===
~ nh_r3 = (nh_grew && not nh_fed) || nh_had_it
Six weeks later. Monday morning. #clear #scene: office #music: calm
{nh_deal:The first three Marlow hotels go live next week.|Marlow have gone quiet. Joanna's last email said "after the summer".}
Sam is at your desk before you are, again.
Bramley Leisure. Eight spa hotels. Their ops director will see me next Tuesday. #speaker: Sam #mood: pleased
Found them myself. Their ops director used to be at Harbour Inns. #speaker: Sam #mood: pleased
{
- nh_grew && not nh_fed:
    This time Sam has already got a page: an agenda, three questions, a line for price. #clear
    He puts it on your desk and waits. #readiness: Sam R3 #debrief: What had changed in Sam since Marlow, and what was he still waiting for? #debrief: How much did you step back, and what did Sam do with the space? #debrief: What will you look for before you hand Sam the next one outright? #decision: Sam's Bramley meeting
- nh_had_it:
    Sam has a page: an agenda, three questions, and the index card from Marlow he never got to use. #clear
    He puts it on your desk and doesn't quite let go of it. #readiness: Sam R3 #debrief: Sam had the answer at Marlow and never said it: what did that do to him? #debrief: How much did you step back this time, and what did Sam do with the space? #debrief: What will you look for before you hand Sam the next one outright? #decision: Sam's Bramley meeting
- nh_fed:
    Sam has a page: an agenda, three questions, and your Marlow line for the summer, word for word. #clear
    How much of it should be mine? #speaker: Sam #mood: thoughtful #readiness: Sam R2 #debrief: What did Sam take from saying your line at Marlow, and what was still missing? #debrief: How much did you step back, and what did Sam do with the space? #debrief: What will you look for before you hand Sam the next one outright? #decision: Sam's Bramley meeting
- else:
    Sam has the date, and a blank notebook. #clear
    How should I go at it? #speaker: Sam #mood: thoughtful #readiness: Sam R2 #debrief: What had changed in Sam since Marlow, and what hadn't? #debrief: How much did you step back, and what did Sam do with the space? #debrief: What will you look for before you hand Sam the next one outright? #decision: Sam's Bramley meeting
}
* [Plan it with Sam step by step: agenda, questions, the price line, and a practice run on Monday #manage:detail #manage:tell=2 #approach:direct]
    ~ nh_next = 1
* [Tell Sam what a good first meeting needs and why, then have him build the plan and bring you his questions #manage:tell #lead:direction #approach:coach]
    ~ nh_next = 4
* [Ask Sam to take you through a plan, and question it until it's solid #lead:ask=2 #lead:empower #approach:support]
    ~ nh_next = 2
* [It's Sam's. Ask for a call on Tuesday afternoon to hear how it went #lead:empower=2 #approach:delegate]
    ~ nh_next = 3
- -> tuesday

=== tuesday ===
// The help fitted Sam at Bramley: questions for the able-but-unsure Sam, a
// reasoned plan he builds himself for the willing-but-not-yet-able one.
~ nh_fitted = (nh_r3 && nh_next == 2) || (not nh_r3 && nh_next == 4)
{
- nh_r3 && nh_next == 1:
    ~ lower(morale, 10)
    ~ raise(results, 5)
    Sure, says Sam, and his page goes into a drawer. On Monday, he practises your version, word for word. #clear
    I thought I was past the index card. #speaker: Sam #mood: neutral
- nh_r3 && nh_next == 4:
    ~ raise(results, 10)
    You tell him what you'd look for. He nods, and rewrites a page he had already written. #clear
    On Tuesday, Bramley agree to a second meeting. Sam says it went fine. He doesn't say much else.
- nh_r3 && nh_next == 2:
    ~ raise(morale, 10)
    ~ raise(results, 15)
    Sam takes you through it. You ask two questions. Sam changes one line and keeps the rest. #clear
    On Tuesday, Sam drives to Bramley alone. You hear nothing all day.
    {not nh_grew:At five he rings from the car park. "I had that card in my pocket at Marlow. This time I used it."}
- nh_r3:
    ~ raise(results, 5)
    Sam runs Bramley alone. The call comes at four. #clear
    They liked it. I forgot to ask who signs. #speaker: Sam #mood: worried
- nh_next == 1:
    ~ raise(morale, 10)
    ~ raise(results, 10)
    Monday's practice run goes better than anything before Marlow. #clear
    On Tuesday, Sam comes back from Bramley with a second meeting in the diary.
- nh_next == 4:
    ~ raise(morale, 10)
    ~ raise(results, 15)
    You tell him what a first meeting is for, and why price goes last. He builds the plan himself and brings you two questions on Friday. #clear
    On Tuesday, Sam drives to Bramley alone and rings you from the car park.
    They asked why now, and I had an answer. Mine, not yours. #speaker: Sam #mood: pleased
- nh_next == 2:
    ~ raise(results, 5)
    Sam's draft starts with "1. Demo (full)". Your questions get it most of the way. #clear
    On Tuesday, Bramley agree to a second meeting.
- else:
    ~ lower(morale, 10)
    Sam goes to Bramley alone. The call comes at four. #clear
    They said to send something in writing. #speaker: Sam #mood: worried
}
// Whose was Marlow's answer, and was Bramley his?
{
- nh_deal == 0:
    -> end_cold
- not nh_grew:
    {
    - nh_fitted:
        -> end_second_go
    - nh_disc || nh_alone >= 2:
        -> end_cold
    - nh_had_it:
        -> end_room
    - else:
        -> end_yours
    }
- nh_fitted && nh_fed:
    -> end_second_go
- nh_fitted:
    -> end_ready
- else:
    -> end_room
}

// ===========================================================================
// Endings. They open in different places, so that the first line and the
// sound do not give the outcome away.
// ===========================================================================
=== end_ready ===
Tuesday, five o'clock. Your phone rings. It's Sam, from the Bramley car park. #clear #sfx: phone #music: calm
Bramley want a proposal for all eight. I asked who signs. Twice. #speaker: Sam #mood: pleased
{nh_ruth == 1:On Wednesday, Ruth asks whether she can take the next new starter too. She says it as if it's nothing.|On Wednesday, Sam books the small room for a practice run with Ruth. Nobody asked.} #ending: ready-for-more
-> END

=== end_second_go ===
Friday. Marlow's pilot is live, and the account notes are still in your name: {nh_disc:Sam gave fifteen per cent away in the room, and you signed it.|{nh_fed:it was your line that won it, in his voice.|it was your answer that won it.}} #clear #music: calm
Bramley is Sam's. They want a second meeting, and he has written the follow-up himself. He asks you to read it, not to fix it.
Helen's message comes in at five: is Sam ready for something bigger? For the first time, you think he might be. #sfx: message #ending: second-go
-> END

=== end_yours ===
Friday. Joanna Pike's email comes in: the signed pilot, addressed to you, with Sam in copy. #clear #sfx: message
{
- nh_disc:
    Helen replies to all within the hour: "Fifteen per cent off a pilot? Who agreed that?"
- else:
    Helen replies to all within the hour: "Biggest new logo in the region. Nice work." Sam is the only one who doesn't add a thumbs-up.
}
{nh_next == 1:Sam books the small room for next week. "Same as Bramley? You plan it with me, then we practise?"|Sam stops by with the Bramley follow-up. "Could you come along next time? Just in case."} #music: off #ending: your-account
-> END

=== end_cold ===
Friday morning. Sam is in early, as always. Next week's calendar has no client meetings in it. #clear #music: off
{
- nh_deal == 0:
    At eleven, Helen's message: Marlow was the biggest new logo in the region, and she hears we froze when they asked about price. Who was in charge of that meeting? #sfx: message
- else:
    At eleven, Helen's message: Marlow's pilot is on the board, at fifteen per cent off, and Gareth Wynn has already asked whether that holds for all twenty-two. Who agreed it? #sfx: message
}
{
- nh_fitted:
    Bramley, at least, went his way: he booked the second meeting himself. He still won't say Marlow's name. #ending: deep-end
- nh_next == 1:
    Sam has the Bramley plan pinned above the desk, with the price line circled twice. #ending: deep-end
- else:
    Sam has stopped photographing the whiteboard. #ending: deep-end
}
-> END

=== end_room ===
{
- nh_grew:
    Friday. Tomás puts the first Marlow invoice up on the board, and the team claps Sam, who goes red. #clear #music: calm
- else:
    Friday. Tomás puts the first Marlow invoice up on the board. Sam claps with everyone else. The answer that won it was on a card in his pocket, and you gave it for him. #clear #music: calm
}
Helen's message asks whether Sam is ready for a bigger patch yet. #sfx: message
{
- nh_next == 1:
    You're not sure. Sam's own plans stay in the drawer now. He waits for yours: helpful, punctual, and a little slower than six weeks ago. #ending: room-to-grow
- nh_next == 4:
    You're not sure. He rewrote his own page to match what you said, and now he waits to hear which version you like. #ending: room-to-grow
- else:
    You're not sure. Sam's Bramley follow-up sits in drafts for three days. "I didn't know what to put in it." #ending: room-to-grow
}
-> END
