# title: The new CRM
# id: new-crm
# summary: Head office is moving every region to a new CRM in three weeks, with daily activity logging and a new territory map that hands two of Dev's accounts to Sam. Announce it and enforce it, or explain why and build a coalition?
# minutes: 12
# cast: Tomás Ruiz, Dev Malhotra, Ruth Okafor, Sam Lindqvist, Helen Park
# objective: Give a change both a plan people can follow and a reason they can believe, and notice which one a moment needs.
# objective: Turn the people a change hits hardest, and the one who runs the old system, into the ones who help carry it.
# objective: See that the same person can need a free hand on one task and step-by-step direction on another: Sam opens doors well and is lost in a new system.
# objective: Report a half-done change to your boss with facts she can use, or expect her to decide for you.
# meters: morale, trust, pipeline
# account: Linton Hotels (a hotel group, 9 hotels)
# account: Carrick Builders' Merchants (a builders' merchant, 15 branches)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state (prefixed nc_ for "new CRM"). Integers and booleans only.
// ---------------------------------------------------------------------------
VAR nc_launch = 0          // first move: 1 email, 2 plan with Tomás, 3 ask Tomás why, 4 tell the team why
VAR nc_rumour = false      // the team read the territory map in an email before hearing it from you
VAR nc_plan = false        // there is a rollout plan: dates, training slots, a dashboard
VAR nc_tomas = 0           // Tomás: 0 migrating alone (a queue at his desk), 1 building your plan, 2 making the case with you
VAR nc_cheatsheet = false  // Tomás made a one-page cheat-sheet: every old screen, and where it lives in Compass
VAR nc_volunteer = false   // Ruth put her hand up in the team meeting
VAR nc_dev = 0             // the handover: 1 by Friday, by order; 2 your plan, explained; 3 his design, with Sam; 4 left to him
VAR nc_pilot = false       // Ruth leads the pilot
VAR nc_sam = 0             // Sam in Compass: 1 sat with you; 2 Ruth, screen by screen; 3 his own routine; 4 help pages; 5 you logged it for him
VAR nc_missed = false      // Linton's renewal date slipped through the migration
VAR nc_why = false         // the team has heard from you why the change is happening, and where it is going
VAR nc_named = false       // Helen gets names every Friday (agreed by you, or imposed by her)
VAR nc_adopt = 0           // share of calls logged in Compass, per cent, as Helen's chart shows it

-> start

// ===========================================================================
// Monday morning: the memo
// ===========================================================================
=== start ===
~ pipeline = 45
Monday, ten past eight. You're halfway through your first coffee when Helen's email lands. #scene: office #music: calm #sfx: message
She has forwarded a memo from head office. Every region moves to Compass, a new CRM. From next week every call, meeting and email gets logged in it, daily. A new territory map is attached.
Go-live in three weeks. Adoption is tracked by region. I'd rather we weren't at the bottom of that chart. #speaker: Helen #mood: tense
-> the_map

=== the_map ===
You open the map. Two of Dev's accounts, Linton Hotels and Carrick Builders' Merchants, now sit in Sam's patch. #clear
Tomás wheels his chair over. He has had the memo too, and a forty-page migration spec.
Eleven years of data in the old system. Every report I've built. Three weeks. #speaker: Tomás #mood: worried
Across the floor, Dev is laughing on a call. Sam is watching a product video with the sound off. #clear
So. How do you want to play it? #decision: The Compass rollout #speaker: Tomás #mood: neutral #debrief: What did you do first with the news, and who heard it from you first? #debrief: In the first week of a change, what does a team need more: a plan, a reason, or both? #debrief: The next time head office sends you a change, who will you talk to before you tell the team?
+ [Email the team the memo this morning, with the go-live date and what is now mandatory, so nobody hears it second-hand #manage:detail #manage:control]
    -> l_email
+ [Build the rollout plan with Tomás first: data migration, training slots, a weekly adoption dashboard. Announce it on Thursday, plan in hand #manage:detail=2]
    -> l_plan
+ [Ask Tomás what he thinks head office is trying to fix, and whether he'd help you make the case to the team #lead:direction #lead:empower]
    -> l_tomas
+ [Get the team together this afternoon and tell them what's coming and why, before any of the detail #lead:direction=2]
    -> l_why

=== l_email ===
~ nc_launch = 1
~ nc_rumour = true
You send it at twenty to nine: the memo, the go-live date, the new map, and a line saying logging is mandatory from day one. #clear
By ten the floor has gone quiet in the wrong way.
Ruth forwards you a screenshot from the team chat: "Dev's losing Linton to the new kid. Who's next?"
Dev's desk is empty. His jacket has gone. #clear
Tomás starts on the migration on his own. By Wednesday there is a queue at his desk.
~ lower(morale, 10)
~ lower(trust, 5)
~ raise(pipeline, 5)
-> team_meeting

=== l_plan ===
~ nc_launch = 2
~ nc_plan = true
~ nc_tomas = 1
You and Tomás take the small room for two days. #clear #scene: meeting-room
By Wednesday night there's a plan: the data moves over two weekends, six training slots, and a weekly dashboard showing how many of each rep's calls are logged.
It's a good plan. Nobody's going to like it. #speaker: Tomás #mood: neutral
~ raise(pipeline, 15)
-> team_meeting

=== l_tomas ===
~ nc_why = true
~ nc_launch = 3
~ nc_tomas = 2
~ nc_cheatsheet = true
He doesn't need long. #clear
They can't see our pipeline. They get my spreadsheet once a week, two days late, and half of it lives in Dev's head. #speaker: Tomás #mood: thoughtful
You ask whether he'd stand up with you on Thursday and say that. He goes a little pale.
Standing up isn't really me. But I'll do better than a speech. A one-page cheat-sheet: every old screen, and where it lives in Compass. #speaker: Tomás #mood: pleased
~ raise(trust, 5)
~ raise(pipeline, 5)
-> team_meeting

=== l_why ===
~ nc_why = true
~ nc_launch = 4
You book the meeting room for three o'clock. No slides, no spreadsheet. #clear
Tomás raises an eyebrow.
You'll get questions I can't answer yet. #speaker: Tomás #mood: worried
~ raise(morale, 10)
~ raise(trust, 5)
-> team_meeting

// ===========================================================================
// The team meeting
// ===========================================================================
=== team_meeting ===
{
- nc_launch == 4:
    Three o'clock. The team squeezes into the meeting room. You start with the memo and the date. #clear #scene: meeting-room #music: tense
    Sam is taking notes. Then you put the new map on the screen.
- else:
    Thursday, ten o'clock. The whole team is in the meeting room. #clear #scene: meeting-room #music: tense
}
{
- nc_launch == 1:
    They've all read the email. Ruth has her arms folded.
    So is this a discussion, or did the email cover it? #speaker: Ruth #mood: annoyed
- nc_launch == 2:
    Tomás's slides are up: dates, training slots, the dashboard, the new map. Ruth is reading ahead.
- nc_launch == 3:
    Tomás stands next to you, holding his cheat-sheet like a shield, and tells them about his spreadsheet that arrives two days late. Ruth nods slowly.
    Then the new map goes up on the screen.
}
Just say it. I'm losing Linton and Carrick. To Sam. #speaker: Dev #mood: annoyed
Sam goes red. Everyone looks at you. #debrief: What did the team hear from you in this meeting, and what did they hear from each other first? #debrief: Which part of this change was complexity to be managed, and which part was change to be led? #debrief: How will you open the next meeting where you bring news nobody asked for? #decision: Dev loses two accounts
+ [Tell them why: head office can't see the region's pipeline, and the new map puts each account nearer its rep. Say what it should look like in three months #lead:direction=2]
    -> m_why
+ [Take them through the plan: go-live date, training slots, what must be logged each day, and the dashboard Helen will see #manage:detail=2 #manage:control]
    -> m_plan
+ [Tell them the date is fixed, but how the team gets there isn't, and ask who will help shape the rollout #lead:empower #lead:direction]
    -> m_ask

=== m_plan ===
{
- nc_plan:
    You go through Tomás's slides one by one. #clear
    ~ raise(pipeline, 5)
- else:
    You sketch it on the whiteboard: training next week, every call logged from day one, a weekly dashboard by rep. Tomás adds the migration weekends. #clear
    ~ raise(pipeline, 10)
}
~ nc_plan = true
Sam writes down every date. Ruth checks her phone twice.
So we're data-entry clerks now. #speaker: Dev #mood: annoyed
~ lower(morale, 5)
-> dev_talk

=== m_why ===
~ nc_why = true
{nc_launch == 3:Tomás has said the first half already.|You tell them: head office sees the forecast a week late, and half of it lives in people's heads.} In three months you want anyone on the team to pick up any deal and know where it stands. #clear
Ruth sits up a little.
It's still my accounts. #speaker: Dev #mood: annoyed
~ raise(morale, 10)
~ raise(trust, 5)
{not nc_plan:
    When's the training? #speaker: Sam #mood: worried
    You don't have dates yet. Sam writes "TBC" and underlines it twice.
    ~ lower(pipeline, 5)
}
-> dev_talk

=== m_ask ===
~ nc_why = true
~ nc_volunteer = true
A long pause. Then Ruth. #clear
I'll have a go. Beats another quarter of the same. #speaker: Ruth #mood: pleased
{not nc_cheatsheet:
    Tomás says he could do a cheat-sheet: every old screen, and where it lives in Compass.
    ~ nc_cheatsheet = true
}
Dev says nothing at all.
~ raise(trust, 10)
~ raise(morale, 5)
-> dev_talk

// ===========================================================================
// Dev, after the meeting
// ===========================================================================
=== dev_talk ===
Afterwards, Dev follows you back to your desk. #clear #scene: office
{nc_rumour:
    I rang Gail at Linton after your email, to warn her. She asked if we're being restructured. #speaker: Dev #mood: annoyed
}
Six years I've had Linton. I know their buyer's kids' names. Now Sam gets them, and I log every call so head office can watch me? #speaker: Dev #mood: annoyed
Closing a deal, Dev needs nothing from you. This isn't closing: it's handing two accounts to someone else, and writing down what he has always kept in his head. #clear
He can do both. He doesn't want to. And he's not wrong about the hours it will take. #decision: Dev and the logging #readiness: Dev R3 #debrief: What was Dev really objecting to: the accounts, the logging, or how he found out? #debrief: How much of the handover did you decide, and how much did Dev? #debrief: What will you do the next time your best performer pushes back on a change you can't stop?
+ [Tell him why the map changed, then ask what the handover needs so his clients don't feel it. He designs it with Sam #lead:direction #lead:empower #approach:support]
    -> d_design
+ [Tell him the map is final: a handover plan for both accounts by Friday, and his calls logged daily like everyone else's #manage:control #manage:detail #approach:direct]
    -> d_final
+ [Leave the handover to him. He knows the clients; he decides how, as long as it's done by go-live #lead:empower=2 #approach:delegate]
    -> d_free
+ [Tell him how you want the handover run, and why: two joint visits with Sam for each account, so no client feels dropped. Then ask what you've missed #manage:detail #manage:control #approach:coach]
    -> d_steps

=== d_final ===
~ nc_dev = 1
Fine. Friday. #clear #speaker: Dev #mood: annoyed
The plan arrives at two minutes to five on Friday. Three bullet points.
From Monday, his Compass log shows one entry a day, at five to six: "Calls."
~ raise(pipeline, 5)
~ lower(trust, 10)
~ lower(morale, 5)
{nc_rumour:
    ~ lower(trust, 5)
}
-> ruth_pilot

=== d_steps ===
~ nc_dev = 2
He listens all the way through, then asks one question. #clear
Who's paying for lunch at Linton? #speaker: Dev #mood: neutral
You are. And Carrick's yard manager likes a bacon roll at seven, not lunch. Both visits go in the diary before he leaves your desk.
~ raise(pipeline, 10)
-> ruth_pilot

=== d_design ===
~ nc_why = true
~ nc_dev = 3
You tell him: Linton and Carrick are two hours from his patch and twenty minutes from Sam's. And if he was off for a month, nobody could pick them up. #clear
{nc_rumour:
    You could have told me that before the email. #speaker: Dev #mood: annoyed
}
He's quiet for a while.
Gail will want a proper introduction. Lunch, not an email. And I stay on the thread until Sam's first order. #speaker: Dev #mood: thoughtful
~ raise(trust, 5)
{not nc_rumour:
    ~ raise(trust, 5)
}
~ raise(morale, 5)
~ raise(pipeline, 5)
-> ruth_pilot

=== d_free ===
~ nc_dev = 4
Good. #clear #speaker: Dev #mood: pleased
He takes Sam for one long lunch at Linton and hands over a list of phone numbers.
Carrick he never quite gets round to.
~ raise(trust, 5)
~ raise(morale, 5)
~ lower(pipeline, 5)
-> ruth_pilot

// ===========================================================================
// Week one: the pilot
// ===========================================================================
=== ruth_pilot ===
Week one. Tomás needs a few reps to test Compass on real deals before go-live. #clear
{
- nc_volunteer:
    Ruth is at your desk before you've sat down, with a page of notes.
- else:
    Ruth is at her desk, working through the same renewal she has renewed for nine years.
}
Fourth CRM of my career. I could set this one up in my sleep. #speaker: Ruth #mood: neutral
{
- nc_rumour:
    Is the pilot a real job, or a box to tick for head office? #speaker: Ruth #mood: annoyed #decision: Ruth and the pilot #readiness: Ruth R4 #debrief: What did Ruth need from this change that the others didn't? #debrief: How much did you tell her how to run the pilot, and what did that do to her? #debrief: Where else could a bored expert on your team be stretched?
- nc_volunteer:
    The page is headed "Pilot", with a question mark she has crossed out. #readiness: Ruth R4 #debrief: What did Ruth need from this change that the others didn't? #debrief: How much did you tell her how to run the pilot, and what did that do to her? #debrief: Where else could a bored expert on your team be stretched?
- else:
    She isn't asking for the job. She isn't not asking either. #readiness: Ruth R4 #debrief: What did Ruth need from this change that the others didn't? #debrief: How much did you tell her how to run the pilot, and what did that do to her? #debrief: Where else could a bored expert on your team be stretched?
}
+ [Tell Ruth you'd like her to lead it, and ask what she needs from you to make it worth her while #lead:empower #approach:support]
    -> r_support
+ [Ask Ruth to lead the pilot her way, with one goal: by go-live the team sees why it's worth it. She picks the reps and what to test #lead:empower=2 #lead:direction #approach:delegate]
    -> r_free
+ [Put Ruth on the pilot with a clear brief: twelve test steps, bugs logged, a report to Tomás every Friday #manage:detail #manage:control #approach:direct]
    -> r_brief

=== r_brief ===
Twelve steps. Got it. #clear #speaker: Ruth #mood: neutral
Her Friday reports are neat, on time, and two lines long. Tomás fixes eleven bugs from them.
She goes back to her renewal.
~ raise(pipeline, 10)
~ lower(morale, 5)
~ lower(trust, 5)
-> sam_help

=== r_free ===
~ nc_why = true
~ nc_pilot = true
My way? #clear #speaker: Ruth #mood: pleased
She picks Priya to test with her. By Friday she has Priya logging calls from her phone in the car park, and a list of five things in Compass that actually save time.
Tomás starts forwarding her the questions he can't answer.
~ raise(morale, 10)
~ raise(trust, 5)
~ raise(pipeline, 5)
-> sam_help

=== r_support ===
~ nc_pilot = true
She asks for two things: an hour with head office's trainer, and for nobody to rename the fields again. #clear
You get her the hour. The second one takes three emails and a phone call.
She picks Priya to test it with her.
~ raise(morale, 5)
~ raise(trust, 10)
-> sam_help

// ===========================================================================
// Week two: Sam
// ===========================================================================
=== sam_help ===
Week two. On paper, Sam now owns Linton and Carrick. He also owns a Compass login. #clear
He has already booked four meetings with Linton's hotel managers. Two years on a hotel front desk, and hotels take his calls.
Sam catches you at the printer. #clear
I haven't logged anything since Tuesday. Does a voicemail count as a call? And Linton's history is all in the old system. I don't even know where I'd put it. #speaker: Sam #mood: worried
{
- nc_cheatsheet:
    He is holding Tomás's cheat-sheet. It is covered in question marks. #readiness: Sam R1 #debrief: Sam was good at getting the meetings and lost in Compass. What did that mean for how you helped him? #debrief: What happens when a keen beginner is left to work out a new system alone? #debrief: How will you know when Sam is ready for a looser hand in Compass?
- nc_tomas == 0:
    I asked Tomás, but there's a queue at his desk. #speaker: Sam #mood: worried #decision: Sam stuck in Compass #readiness: Sam R1 #debrief: Sam was good at getting the meetings and lost in Compass. What did that mean for how you helped him? #debrief: What happens when a keen beginner is left to work out a new system alone? #debrief: How will you know when Sam is ready for a looser hand in Compass?
- else:
    He looks as if this question has been saved up for days. #readiness: Sam R1 #debrief: Sam was good at getting the meetings and lost in Compass. What did that mean for how you helped him? #debrief: What happens when a keen beginner is left to work out a new system alone? #debrief: How will you know when Sam is ready for a looser hand in Compass?
}
+ [Tell him why it matters: the notes are how Linton and Carrick become his accounts. Then let him build a routine that works for him #lead:direction #lead:empower #approach:support]
    -> s_why
+ [Block out an hour: sit with Sam, log today's calls together click by click, then write down a five-step daily routine #manage:detail #manage:control #approach:direct]
    -> s_sit
+ [Tell him he'll pick it up faster than anyone: the help pages and the training slots are there, and he can come back next week if he's still stuck #lead:empower #approach:delegate]
    -> s_slots
+ {nc_pilot} [Pair him with Ruth this week: she shows him, screen by screen, what the pilot group learned, and you go through his log with him on Friday #manage:control #lead:empower #approach:direct]
    -> s_ruth
+ [Move Linton's history across yourself tonight, and log his calls from his notes until he's settled #manage:control=2 #approach:none]
    -> s_yours

=== s_sit ===
~ nc_sam = 1
{nc_cheatsheet:With Tomás's cheat-sheet it takes forty minutes, not an hour.|It takes the full hour, and most of your lunch.} #clear
Sam sticks the five steps to the bottom of the monitor.
By Friday every call is in, voicemails included.
~ raise(pipeline, 10)
{nc_cheatsheet:
    ~ raise(pipeline, 5)
}
~ raise(morale, 5)
~ raise(trust, 5)
-> helen_call

=== s_ruth ===
~ nc_sam = 2
Ruth takes Sam through it at her desk, one screen at a time, and comes back with a shared doc: "Compass: the bits that matter." #clear
Sam's logging is patchy on Wednesday and clean by Friday. You go through it with him at four.
Ruth has started asking Sam questions instead of answering them.
~ raise(pipeline, 10)
~ raise(morale, 5)
-> helen_call

=== s_why ===
~ nc_why = true
~ nc_sam = 3
Sam nods hard. #clear
{
- nc_cheatsheet:
    By Friday everything is logged, mostly in the right places, with the cheat-sheet propped against the monitor.
- else:
    ~ nc_missed = true
    By Friday everything is logged, in one long note on the wrong screen. Linton's renewal date is still in the old system.
    ~ lower(pipeline, 5)
}
~ raise(morale, 5)
-> helen_call

=== s_slots ===
~ nc_sam = 4
Sam goes to both sessions and takes four pages of notes. #clear
{
- nc_cheatsheet:
    With the cheat-sheet, most of it sticks. Sam's log is thin, but it's in.
- else:
    ~ nc_missed = true
    Linton's renewal date gets lost in the migration. Sam finds out when Gail rings to ask why nobody has called.
    ~ lower(pipeline, 5)
    ~ lower(morale, 5)
}
-> helen_call

=== s_yours ===
~ nc_sam = 5
It takes you two evenings. Linton's history goes across: every contract, every renewal date. #clear
Sam thanks you, twice. On Monday he asks you how to log a voicemail.
~ raise(pipeline, 5)
~ lower(trust, 5)
-> helen_call

// ===========================================================================
// End of week two: Helen's call
// ===========================================================================
=== helen_call ===
~ nc_adopt = (pipeline * 2 + morale) / 3
Thursday of week two. Helen's face fills the screen, the head office chart behind her. #clear #scene: video-call #music: tense
{
- nc_adopt >= 70:
    {nc_adopt} per cent of calls logged. Second of seven regions. #speaker: Helen #mood: pleased
- nc_adopt >= 55:
    {nc_adopt} per cent of calls logged. Fourth of seven. Middle of the pack. #speaker: Helen #mood: neutral
- else:
    {nc_adopt} per cent of calls logged. Sixth of seven. #speaker: Helen #mood: annoyed
}
Head office wants the names of anyone not logging daily. And is Dev's handover done? #speaker: Helen #mood: tense
{
- nc_dev == 4:
    You tell her Linton is done. Carrick isn't, yet.
- nc_dev == 1:
    You tell her it's done, on paper: three bullet points.
- nc_dev == 3:
    You tell her Dev is taking Sam to lunch with Linton's buyer on Tuesday. His idea.
- else:
    You tell her both joint visits are booked.
}
Tomás is on the call too, camera off.
Helen waits. #debrief: What did Helen ask for, and what did she actually need? #debrief: What does a region chart measure, and what does it miss? #debrief: How will you report on a change that is half done, and what will you bring? #decision: Answering Helen
+ [Give her the plan to close the gap: who's behind, why, which training slot, and the date each rep is fully live #manage:detail=2]
    -> h_plan
+ {nc_pilot} [Ask Ruth to join the call and show Helen what her pilot group found #lead:empower=2 #lead:direction]
    -> h_ruth
+ [Tell her what's changing and why it will stick: the team is starting to use Compass to see its own pipeline. Ask her to wait until go-live before anyone is named #lead:direction=2 #lead:empower]
    -> h_why
+ [Agree: a daily logging check, names to Helen every Friday, and logging counted in each rep's pipeline review #manage:control=2 #manage:detail]
    -> h_names

=== h_names ===
~ nc_named = true
That's what I needed. #clear #speaker: Helen #mood: pleased
On Friday the first list goes to Helen with two names on it.
By Monday the log is full. "Call." "Call." "Follow-up." Very few notes.
~ raise(pipeline, 10)
~ lower(morale, 10)
~ lower(trust, 10)
-> go_live

=== h_plan ===
You take her through it rep by rep. Tomás unmutes once to confirm a date. #clear
Dates. Good. I can take dates upstairs. #speaker: Helen #mood: thoughtful
~ raise(pipeline, 10)
-> go_live

=== h_why ===
~ nc_why = true
Helen is quiet for a moment. #clear
{
- nc_adopt >= 55:
    Go-live, then. After that I want us in the top half, and I want to hear how. #speaker: Helen #mood: neutral
    ~ raise(trust, 10)
    ~ raise(morale, 5)
- else:
    Sixth of seven, and you want me to wait? No. #speaker: Helen #mood: annoyed
    Names on my desk every Friday, from this Friday. I'll tell head office myself. #speaker: Helen #mood: tense
    On Friday the first list goes upstairs with three names on it. The team knows by lunchtime that it came from Helen, over your head.
    ~ nc_named = true
    ~ raise(pipeline, 5)
    ~ lower(morale, 5)
    ~ raise(trust, 5)
}
-> go_live

=== h_ruth ===
~ nc_why = true
Ruth joins from the next room and moves a deal to commit from her phone in under a minute. #clear
Can she show the other regions? #speaker: Helen #mood: pleased
Ruth pretends not to have heard, and smiles at her screen.
~ raise(morale, 10)
~ raise(trust, 5)
~ raise(pipeline, 5)
-> go_live

// ===========================================================================
// Go-live, and four weeks on
// ===========================================================================
=== go_live ===
Go-live is on a Monday. Four weeks later, Tomás sends round the first month-end forecast since the switch. #clear #scene: office #music: calm
{
- (nc_dev == 1 || nc_dev == 4) && (nc_rumour || nc_missed):
    -> end_dropped
- pipeline >= 70 && morale >= 60 && trust >= 60 && nc_why:
    -> end_owned
- pipeline >= 70:
    -> end_compliant
- morale >= 60 && nc_why:
    -> end_believers
- else:
    -> end_stalled
}

=== end_owned ===
For the first time anyone can remember, it matches what actually closed, deal for deal. #music: hopeful
{
- nc_pilot:
    Ruth has been asked to show two other regions how her group did it. She has already booked the room. #clear
- nc_dev == 3:
    Sam's first Linton order is in Compass, with Dev still copied on the thread. #clear
- nc_sam <= 2:
    Sam's calls are all in, voicemails included. #clear
- nc_sam == 5:
    Sam's calls are all in. You still log the odd one for him. #clear
- else:
    Sam's log is thin, but it's all there. #clear
}
Helen rings while you're reading it: second on the chart, and she wants to know what you did. #sfx: phone
Nobody has sent me a spreadsheet in a fortnight. I don't know what to do with my Fridays. #speaker: Tomás #mood: pleased #ending: live-and-owned
-> END

=== end_compliant ===
Top of the chart. Head office has sent a congratulations email to the whole region. #sfx: message
Tomás opens the activity log: hundreds of entries, hardly any notes. #clear #music: off
{nc_dev == 1:Dev's entries say "Calls", every day at five to six.|Dev logs his whole week on Friday afternoons.}
{nc_named:The Friday list of names still goes to Helen. It has been empty for three weeks. Nobody believes that means anything.}
Ruth stops by your desk with a coffee.
Do you actually read them? #speaker: Ruth #mood: neutral #ending: compliant-not-convinced
-> END

=== end_believers ===
The forecast is two days late. #music: off
{
- nc_plan:
    The plan went out on time. The data didn't follow it: {nc_dev == 4:Carrick is still in the old system|half of Dev's deals still live in his head}, and Tomás is chasing them one by one.
    They like it. They just don't put anything in it. #speaker: Tomás #mood: worried
- else:
    Half of Linton's history never made it across, and Tomás has been fixing the import by hand at weekends.
    I'll finish it. I just wish we'd planned it. #speaker: Tomás #mood: worried
}
The team does talk about Compass{nc_pilot:, mostly the shortcuts Ruth found|, mostly about what it might do one day}. #clear
Helen's message comes in at five. "Fifth of seven. I believe you that they like it. Head office can't see 'like'." #sfx: message #ending: bought-in-not-built
-> END

=== end_stalled ===
It comes from the old system. Tomás is still running it alongside Compass, "just until it settles". #music: off
{nc_dev == 4:Carrick is in neither.|Dev's deals are in the old one.}
On Wednesday Helen turns up in person, unannounced, and asks Tomás to show her both screens. #clear
Bottom of the chart. Head office wants to come and see what's going on. So do I. #speaker: Helen #mood: annoyed
Sam has started asking Tomás, not you. #ending: stalled-switch
-> END

=== end_dropped ===
It's one account short. #music: off
{
- nc_dev == 4:
    Carrick's operations manager has emailed Sam: they've signed with a rival. "We hadn't heard from anyone since your map changed." #clear #sfx: message
- else:
    Gail at Linton has emailed Sam: the group is going out to tender at renewal. "It felt as if we'd been passed on." #clear #sfx: message
}
Sam forwards it to you and Dev together, with no comment. Dev replies first. #clear
{nc_dev == 4:I was getting round to Carrick. You said by go-live.|I did what was asked. Three bullet points, by Friday.} #speaker: Dev #mood: annoyed
{nc_dev == 4:Carrick's page in Compass is empty. Everything anyone knew about them is in Dev's phone.|Compass shows every call Sam ever made to them. None of it says what Dev knew.} #ending: dropped-account
-> END
