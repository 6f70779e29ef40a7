# title: The forecast
# id: forecast
# summary: It's the night before the director's forecast call, and Priya's commit has jumped by 260k in a week. Do you fix the number yourself, hand it back to her, or sit down and re-qualify it together?
# minutes: 12
# cast: Priya Nair, Tomás Ruiz, Helen Park
# objective: Question a doubtful forecast with the rep who owns it, so the number gets real and stays theirs.
# objective: See that the same person can need a free hand on one task and close help on the next.
# objective: Hold an honest number when your own boss asks for a bigger one, and know what it costs you to say no.
# meters: trust, pipeline, morale, credibility
# account: Harlow Logistics (a logistics firm, 30 depots)
# account: Brightwater Foods (a food manufacturer)
# account: Castell Dental Group (a group of dental practices)
# account: Oakridge Print (a commercial printer)

INCLUDE common/cast.ink

// ---------------------------------------------------------------------------
// Story state. Money is in thousands ("k"), integers only.
// Readiness (docs/cast.md): Priya is R3, able but insecure, on her own deals and
// her forecast; on the Harlow call with a new CFO she is R2, unable but
// willing, because she has never sold to a finance buyer on her own.
// credibility is Helen's belief in your numbers: saying no to her costs some
// of it at once, and the quarter pays it back only if the number was right.
// ---------------------------------------------------------------------------
VAR called = 410          // Priya's commit as it stands, and as you give it to Helen
VAR held = 0              // the number you held out for, when Helen overrules you
VAR landing = 0           // what she actually lands at quarter end
VAR gap = 0               // landing minus called
VAR harlow = 0            // what Harlow brings in this quarter: 0, 60, 108 or 120
VAR rewrote = false       // you cut her deals in the CRM without her, and it stood
VAR told_tonight = false  // ...and you messaged her about it that night
VAR overrode = false      // you put deals back into her commit without her
VAR asked = false         // she re-qualified her own deals, with you asking
VAR knows_harlow = false  // you knew about the Harlow CFO meeting before Helen's call
VAR backed = false        // you promised to back her 230 on the call
VAR castell_in = false    // she left Castell in commit
VAR credited = false      // you told Helen about Priya's Harlow meeting
VAR raised = false        // 300 went to Helen for Priya, by you or over your head
VAR overruled = false     // ...over your head: Helen put 300 in herself
VAR grew = false          // Priya ran the Harlow call well herself
VAR took_call = false     // you ran the commercial part of her Harlow call
VAR yours = 0             // how much of her forecast you took over or decided for her

-> start

// ===========================================================================
// Wednesday afternoon
// ===========================================================================
=== start ===
~ pipeline = 40
~ credibility = 40
Wednesday, twenty to five. The sales floor is starting to empty. #scene: office #music: calm
It's your third quarter running this team. Helen has been patient so far, but you can feel the patience has a date on it.
Your phone buzzes on the desk. #sfx: message
Forecast call tomorrow, nine sharp. I need a number I can take upstairs. No surprises this quarter. #speaker: Helen #mood: tense
-> flags

=== flags ===
Tomás wheels his chair over, laptop balanced on one knee. #clear
Got a minute? It's Priya's commit. #speaker: Tomás #mood: thoughtful
Last Wednesday she had 150k in commit. Tonight she's at 410. Three deals jumped up this week. #speaker: Tomás #mood: thoughtful
He turns the screen towards you. #clear
Harlow Logistics, 120k. Moved to commit on Monday. Nothing logged with them for three weeks. #speaker: Tomás #mood: neutral
Brightwater Foods, 80k. Close date pulled in from next quarter to the 24th. #speaker: Tomás #mood: neutral
Castell Dental Group, 60k. One demo, with a practice manager. #speaker: Tomás #mood: neutral
I'm not saying she's making it up. But last quarter she called 300 on this call and landed 170. Helen hasn't forgotten. #clear #speaker: Tomás #mood: worried
Across the floor, Priya is still at her desk, headset on, typing fast.
So what do you want me to put in the roll-up for her? #decision: Priya's number for the roll-up #speaker: Tomás #mood: neutral #readiness: Priya R3 #debrief: What did you see in Tomás's numbers, and what did you decide to do about them? #debrief: After this choice, whose number is Priya's forecast, and why does that matter for tomorrow? #debrief: What will you do the next time a rep's forecast looks too good to be true?
* [Say you'll go through her deals yourself tonight and have a clean number for the call #manage:control=2 #manage:detail #approach:none #debrief: What did doing it yourself save you, and what might it cost?]
    -> tonight_alone
* [Catch Priya before she leaves and go through the three deals with her, asking the questions #lead:ask=2 #lead:empower #approach:support #debrief: What did you want Priya to find out for herself?]
    -> meeting_room
* [Ask Priya to re-check the three deals herself and send you her final number by the morning #lead:empower=2 #approach:delegate #debrief: What did you expect Priya to do with the evening?]
    -> handed_back

// ===========================================================================
// Branch A: you fix it yourself
// ===========================================================================
=== tonight_alone ===
Your call. I'll pull the roll-up at half eight tomorrow. #clear #speaker: Tomás #mood: neutral
Priya logs off at half five with a quick wave.
By seven the floor is dark except for your desk lamp. You open her deals one at a time. #clear #music: tense
Harlow: the last logged email is three weeks old. The buyer wrote, "Great session. We'll come back to you after our budget review." You move it to next quarter.
Brightwater: the close date jumped from August to the 24th, and nothing in the notes says why. You move it back.
Castell: one demo, no budget holder on the thread. You take it out. #clear
~ called = 150
~ raise(pipeline, 10)
Her commit now reads 150k. Tidy. You could defend every line of it.
In the team chat, Priya's status dot is still green.
She'll see the changes when she logs in tomorrow, unless she hears it from you first. #decision: Telling Priya about the cuts #readiness: Priya R3 #debrief: What could the CRM tell you about Priya's deals, and what couldn't it? #debrief: When you change someone's numbers, who should they hear it from, and when? #debrief: What would you want from your own boss if she thought your forecast was off?
* [Message her tonight: what you changed, and why #manage:control #manage:tell #approach:none]
    ~ told_tonight = true
    ~ rewrote = true
    ~ yours += 2
    You type it out: you went through her commit ahead of Helen's call, moved Harlow, Brightwater and Castell out for now, and you're happy to talk tomorrow. #clear
    The three dots appear. Disappear. Appear again.
    OK. #speaker: Priya #mood: neutral #sfx: message
    ~ lower(trust, 5)
    ~ lower(morale, 5)
    -> helen_call
* [Leave it until after the call, so she isn't up half the night worrying about it #manage:control=2 #approach:none]
    ~ rewrote = true
    ~ yours += 2
    You close the laptop. She'll have a clearer head in the morning, and so will you. #clear
    On the way out, you pass her desk. There's a sticky note on her screen: "Harlow 11am!!"
    -> helen_call
* [Put her deals back as they were, write your questions down instead, and ask her in for eight o'clock #lead:ask #lead:empower #approach:support]
    ~ called = 410
    ~ lower(pipeline, 10)
    You undo each change and write your questions on a pad instead. Then you message her: could she do eight tomorrow, the small room, with her notes on the three new deals? #clear
    Sure. Is everything OK? #speaker: Priya #mood: worried #sfx: message
    You reply that it is. You'd just rather hear about them from her.
    -> early_meeting

=== early_meeting ===
Thursday, eight o'clock. Priya is already in the small meeting room, laptop open, coffee untouched. #clear #scene: meeting-room #music: calm
You said you wanted to go through my commit. #speaker: Priya #mood: defensive
You tell her straight: you looked last night, you've got questions rather than answers, and it's still her forecast.
She lets out a breath.
OK. Ask. #speaker: Priya #mood: thoughtful
You start with Harlow. What did the buyer last say, in his own words? #clear
Marcus Bell, their ops director, wants the rollout done before the summer. And he's got me in front of their CFO at eleven today. #speaker: Priya #mood: thoughtful
That's why I moved it. But she hasn't seen a number yet. I jumped the gun, didn't I? #speaker: Priya #mood: worried
Brightwater she can show you: an email from their procurement team, PO expected on the 24th. #clear
At Castell she goes quiet, then takes it out herself. Harlow she moves to upside.
Two-thirty. That one I can say out loud. #speaker: Priya #mood: relieved
~ called = 230
~ asked = true
~ knows_harlow = true
~ raise(pipeline, 20)
~ raise(trust, 5)
~ raise(morale, 5)
It's twenty to nine. Tight, but done.
-> helen_call

// ===========================================================================
// Branch B: you go through it with her
// ===========================================================================
=== meeting_room ===
You catch Priya as she's coiling up her headset. Half an hour, the small room? #clear
She sits down with her laptop held against her chest. #scene: meeting-room
Is this about my forecast? Tomás has been staring at it all afternoon. #speaker: Priya #mood: defensive
I know what it looks like. After last quarter. #speaker: Priya #mood: worried
She's waiting to see which way this goes. #readiness: Priya R3 #debrief: How did Priya come into the room, and what did you do with that? #debrief: What changes when you ask first rather than tell first? #debrief: How will you open the next conversation with a rep who expects to be told off? #decision: How to open with Priya
* [Ask her to start with Harlow: what did the buyer last say, in his own words? #lead:ask=2 #approach:support]
    -> b_asked
* [Tell her this isn't about last quarter: you want a number she can stand behind tomorrow, and you'll help her get there #lead:direction #lead:empower #approach:support]
    -> b_reassured
* [Put Tomás's three flags up, say why each one worries you, and ask what she knows that the CRM doesn't #manage:detail #lead:ask #approach:coach]
    -> b_coached
* [Put Tomás's three flags on the screen and tell her which ones you think should come out #manage:tell=2 #manage:detail #approach:direct]
    -> b_told

=== b_asked ===
She blinks, then opens Harlow. #clear
Marcus Bell, their ops director. He said, "We want this done before the summer." And he's got me a meeting with their CFO. Tomorrow, eleven o'clock. #speaker: Priya #mood: thoughtful
You ask whether the CFO has seen the numbers yet.
No. Not yet. #speaker: Priya #mood: neutral
She looks at the screen for a while. #clear
That's not commit, is it? #speaker: Priya #mood: thoughtful
She moves Harlow to upside herself. Brightwater she can show you: an email from procurement, PO expected on the 24th. It stays.
~ asked = true
~ knows_harlow = true
~ raise(pipeline, 10)
~ raise(trust, 5)
-> castell

=== b_reassured ===
She blinks. Her shoulders come down a little. #clear
Honestly? I panicked. Monday's dashboard had me at 150 against a 300 target, and I thought, Helen sees that and I'm done. #speaker: Priya #mood: worried
~ raise(trust, 10)
Without being asked, she opens Harlow. #clear
Marcus, their ops director, wants it before the summer. He's got me in front of their CFO tomorrow at eleven. But she hasn't seen a number yet. So, upside. #speaker: Priya #mood: thoughtful
She moves it herself. Brightwater she can show you: an email from procurement, PO expected on the 24th. It stays.
~ asked = true
~ knows_harlow = true
~ raise(pipeline, 10)
~ raise(morale, 5)
-> castell

=== b_coached ===
You put the flags up and say what bothers you: three silent weeks at Harlow, a close date pulled in at Brightwater, one demo at Castell. #clear
Then you ask what she knows that the CRM doesn't.
Harlow's got a CFO meeting tomorrow at eleven. Marcus set it up. I should have logged it. #speaker: Priya #mood: defensive
And the CFO hasn't seen a number. So I suppose that's upside, not commit. #speaker: Priya #mood: thoughtful
She moves it. Brightwater she can show you: an email from procurement, PO expected on the 24th. It stays. #clear
~ asked = true
~ knows_harlow = true
~ raise(pipeline, 10)
-> castell

=== castell ===
Castell last. She scrolls down, then back up. #clear
Their practice manager loved the demo. She's taking it to the partners. #speaker: Priya #mood: worried
If I take it out, I'm at 230 against 300. Helen sees another miss coming. #speaker: Priya #mood: worried
She looks at you. #readiness: Priya R3 #debrief: What was Priya really worried about when she got to Castell? #debrief: Whose decision was Castell in the end, and how did that land with her? #debrief: What would you need to see before you let Priya call her own number without you in the room? #decision: Castell: in or out?
* [Ask her what she would call if Helen weren't on the call tomorrow #lead:ask #lead:empower #approach:support]
    She thinks about it for longer than you expect. #clear
    Two-thirty. Castell isn't real yet. #speaker: Priya #mood: thoughtful
    She takes it out. Then, quietly:
    That felt better than it should have. #speaker: Priya #mood: relieved
    ~ called = 230
    ~ raise(pipeline, 15)
    ~ raise(morale, 10)
    -> b_wrap
* [Tell her you'd take Castell out, and why: one demo isn't commit. Then promise to back 230 on the call, whatever Helen says #manage:tell #manage:control #approach:coach]
    ~ backed = true
    Really? Whatever she says? #clear #speaker: Priya #mood: relieved
    You nod. She takes Castell out, and sits back as if she's put down something heavy.
    ~ called = 230
    ~ raise(pipeline, 15)
    ~ raise(trust, 10)
    -> b_wrap
* [Tell her to take Castell out: one demo and no budget holder isn't commit #manage:tell=2 #manage:control #approach:direct]
    ~ yours += 1
    OK. #clear #speaker: Priya #mood: neutral
    She deletes it a little harder than she needs to.
    ~ called = 230
    ~ raise(pipeline, 15)
    ~ lower(morale, 5)
    -> b_wrap
* [Tell her it's her forecast: if she believes in Castell, leave it in #lead:empower=2 #approach:delegate]
    ~ castell_in = true
    She hesitates. #clear
    I'll leave it in. For now. #speaker: Priya #mood: worried
    She doesn't sound sure, and she doesn't look at you when she says it.
    ~ called = 290
    ~ raise(trust, 5)
    -> b_wrap

=== b_told ===
~ yours += 1
You put the three flags up and go through them: Harlow, Brightwater, Castell. You'd take all three out until they're further along. #clear
Fine. #speaker: Priya #mood: defensive
She takes out Harlow, then Castell. At Brightwater she stops.
There's an email from their procurement... But fine. Take it out. #speaker: Priya #mood: worried
Her hand is already on the trackpad. #readiness: Priya R3 #debrief: What nearly got lost at Brightwater, and why? #debrief: Once you had told her what to do, what would it have taken for her to push back? #debrief: How could your next forecast conversation with Priya get the facts out sooner? #decision: Brightwater's email
* [Ask her what the email says #lead:ask #approach:support]
    She turns the laptop round. Brightwater's procurement team: PO expected on the 24th. #clear
    I didn't think you'd want to hear it. #speaker: Priya #mood: worried
    Brightwater stays. After a pause, she adds one more thing.
    And Harlow... I've got their CFO tomorrow at eleven. It's not commit. But it's alive. #speaker: Priya #mood: thoughtful
    ~ called = 230
    ~ asked = true
    ~ knows_harlow = true
    ~ raise(pipeline, 20)
    ~ raise(trust, 5)
    -> b_wrap
* [Stick with the plan: all three out for now, and Brightwater goes back in when the PO lands #manage:control #approach:direct]
    ~ yours += 1
    She takes it out. The total drops to 150. #clear
    ~ called = 150
    ~ raise(pipeline, 5)
    ~ lower(morale, 10)
    ~ lower(trust, 5)
    -> b_wrap
* [Tell her it's her call on Brightwater #lead:empower #approach:delegate]
    She looks at you, then back at the screen. #clear
    Then out. Safer. #speaker: Priya #mood: worried
    ~ called = 150
    ~ raise(pipeline, 5)
    ~ lower(morale, 5)
    -> b_wrap

=== b_wrap ===
It's ten to six. Priya packs up. #clear
{
- called == 150:
    See you tomorrow. #speaker: Priya #mood: neutral
    She leaves without the usual wave.
- castell_in:
    See you tomorrow. #speaker: Priya #mood: neutral
    At the door she glances back at her screen, as if Castell might have changed its mind.
- else:
    Thanks. I mean it. #speaker: Priya #mood: relieved
}
-> helen_call

// ===========================================================================
// Branch C: you hand it back to her
// ===========================================================================
=== handed_back ===
You walk over to Priya's desk. She slides her headset off. #clear
You tell her Tomás has flagged the three deals that moved into commit this week, and ask her to re-check them and send you her final number by eight tomorrow. She knows them better than you do.
Sure. Yes. Of course. #speaker: Priya #mood: worried
She's pulling up Harlow before you've turned round.
At seven, on your way out, she's still there: the only lamp on that side of the floor. She doesn't look up. #clear
-> morning_car

=== morning_car ===
Thursday, ten to eight. You're in the car outside the office, reading a message Priya sent at four minutes past eleven last night. #clear #scene: car #music: tense
Done. Took them out. Sorry for the mess. #speaker: Priya #mood: worried
Your phone rings. It's Tomás. #clear #sfx: phone
Have you seen Priya's commit? She's at 95. #speaker: Tomás #mood: worried
She took out all three, and Oakridge Print as well, which has been solid for a month. And Brightwater's real. I saw their procurement email on the shared thread. #speaker: Tomás #mood: worried
~ called = 95
~ lower(morale, 10)
Helen's call is in an hour. Do I send 95? #decision: Priya's 95 for Helen's call #speaker: Tomás #mood: tense #readiness: Priya R3 #debrief: What did Priya do with the freedom you gave her last night? #debrief: What did she hear in "re-check them by the morning" that you never said? #debrief: What will you do differently the next time you hand a problem back to someone who has lost confidence?
* [Ring Priya now and go through the cuts with her, asking what changed overnight #lead:ask #lead:empower #approach:support]
    -> c_call
* [Tell Tomás to put Brightwater and Oakridge back in; you'll square it with Priya after the call #manage:control=2 #approach:none]
    ~ overrode = true
    ~ yours += 2
    ~ called = 230
    ~ raise(pipeline, 15)
    Will do. Two-thirty, then. #clear #speaker: Tomás #mood: relieved
    You sit in the car a minute longer before you go in.
    -> helen_call
* [Send 95. She made the call, and she should own it #lead:empower=2 #approach:delegate]
    Ninety-five it is. #clear #speaker: Tomás #mood: neutral
    He doesn't sound convinced.
    ~ lower(pipeline, 5)
    -> helen_call

=== c_call ===
She picks up on the first ring. #clear #sfx: phone
I'm so sorry, I know it's a mess... #speaker: Priya #mood: worried
You stop her. No mess. You just want to understand what made her take Brightwater out.
I didn't want to be the one who got it wrong again. If it's not in, it can't slip. #speaker: Priya #mood: worried
You ask what the Brightwater email actually says. #clear
PO on the 24th. And Oakridge has a signed order form. It's just waiting on their finance team. #speaker: Priya #mood: thoughtful
So they're... real. They're real. #speaker: Priya #mood: relieved
She puts both back while you wait. #clear
And Harlow: I've got their CFO at eleven. Not commit. But it's alive. #speaker: Priya #mood: thoughtful
~ called = 230
~ asked = true
~ knows_harlow = true
~ raise(pipeline, 20)
~ raise(trust, 5)
~ raise(morale, 10)
-> helen_call

// ===========================================================================
// Thursday, nine o'clock: Helen's forecast call
// ===========================================================================
=== helen_call ===
Nine o'clock. Helen's face fills the screen, a whiteboard of numbers behind her. #clear #scene: video-call #music: tense
Tomás reads out the team, line by line.
Priya, {called}k. #speaker: Tomás #mood: neutral
{
- called >= 230:
    {called}k. She was at 410 on Monday's dashboard. Last quarter she called 300 on this call and landed 170. #speaker: Helen #mood: annoyed
- else:
    {called}k? She was at 410 on Monday. What's going on with her? #speaker: Helen #mood: annoyed
}
The region's short. Put her at 300 and tell her to go and get it. #clear #speaker: Helen #mood: tense
Tomás keeps his eyes on his spreadsheet. #debrief: What did Helen ask for, and what did she actually need? #debrief: What did you bring into this call from last night, and what was missing? #debrief: How will you handle the next time your boss wants a bigger number than your team believes in? #decision: Helen wants 300
* [Hold {called}k and take Helen through Priya's deals one by one #manage:detail=2]
    -> h_detail
* {knows_harlow} [Hold {called}k, and tell Helen that Harlow is live upside: Priya is in front of their CFO at eleven, and it's her meeting #lead:empower #lead:direction]
    -> h_upside
* [Hold {called}k, and tell Helen why: you'd rather give her a number she can plan on than one that looks good at nine o'clock #lead:direction=2]
    -> h_why
* [Give Helen the 300. You and Priya will find the gap #manage:push=2 #manage:control]
    -> h_raise

=== h_detail ===
{
- knows_harlow:
    You go deal by deal: Brightwater's PO on the 24th, Oakridge's signed order form, Harlow's CFO meeting, and {castell_in:why Castell is still in|why Castell is out}. #clear
    Helen writes something down.
    That's more than I've heard about her deals all year. Fine. {called}k. #speaker: Helen #mood: thoughtful
    ~ raise(pipeline, 10)
    ~ raise(credibility, 10)
- else:
    You go deal by deal from the CRM: stages, last activity, close dates. #clear
    And what does Priya say about Harlow? #speaker: Helen #mood: thoughtful
    You don't know.
    Find out. I'll take {called}k for now, and I'll remember I took it. #speaker: Helen #mood: annoyed
    ~ raise(pipeline, 5)
    ~ lower(credibility, 5)
}
-> after_call

=== h_upside ===
~ credited = true
You tell her about Harlow: Marcus Bell wants it before the summer, and Priya has their CFO at eleven. Not commit yet. Real upside, and Priya's to win. #clear
A CFO meeting is worth something. Commit {called}k, Harlow as upside, and I want to hear how eleven went. #speaker: Helen #mood: thoughtful
~ raise(pipeline, 10)
~ raise(credibility, 5)
-> after_call

=== h_why ===
You tell her you'd rather bring her a number she can plan the quarter on than one that looks good at nine o'clock and falls apart in week ten. #clear
Helen is quiet for a moment.
{
- called >= 230:
    You know what I'll hear upstairs if she comes in under. #speaker: Helen #mood: tense
    You say you do.
    Fine. {called}k. But your name's on it as well as hers. #speaker: Helen #mood: neutral
    ~ raise(pipeline, 10)
    ~ lower(credibility, 5)
- else:
    That's a principle. I asked for a number. #speaker: Helen #mood: annoyed
    {called}k from someone who was at 410 on Monday isn't a plan, it's a shrug. I'm putting her at 300. If I'm wrong, you can tell me so in three weeks. #speaker: Helen #mood: tense
    Tomás types 300 next to Priya's name. He doesn't look at you.
    ~ held = called
    ~ called = 300
    ~ raised = true
    ~ overruled = true
    ~ lower(credibility, 10)
    ~ lower(pipeline, 10)
}
-> after_call

=== h_raise ===
~ raised = true
~ called = 300
~ lower(pipeline, 15)
~ raise(credibility, 10)
Good. That's what I need. #clear #speaker: Helen #mood: pleased
She's on to the next line before you've finished nodding. Tomás types 300 next to Priya's name without looking up.
-> after_call

// ===========================================================================
// Thursday morning: back at your desk
// ===========================================================================
=== after_call ===
Twenty to ten. Priya is waiting at your desk before you've sat down. #clear #scene: office #music: calm
{
- rewrote:
    -> confronted
- overrode:
    Tomás says you put Brightwater and Oakridge back in. #speaker: Priya #mood: worried
    She looks at the carpet.
    Thanks. I think I overdid it last night. #speaker: Priya #mood: worried
- held == 95:
    Was Helen OK with my number? #speaker: Priya #mood: worried
    She looks as if she's been awake since four.
- called == 95:
    Was Helen OK with my number? #speaker: Priya #mood: worried
    She looks as if she's been awake since four.
- raised:
    She has her phone in her hand, with Tomás's message on the screen.
- else:
    How did it go? #speaker: Priya #mood: worried
}
-> news

=== confronted ===
You moved Harlow to next quarter. #speaker: Priya #mood: annoyed
{told_tonight:I got your text at eight last night. I didn't sleep much.|I found out from the dashboard at half seven this morning.} #speaker: Priya #mood: annoyed
I've got their CFO at eleven. Marcus set it up. It's in my calendar, it just isn't in the CRM. #clear #speaker: Priya #mood: defensive
And Brightwater's real. I've got the procurement email.
{
- told_tonight:
    ~ lower(trust, 5)
- else:
    ~ lower(trust, 15)
}
~ lower(morale, 5)
You could have just asked me. #decision: Priya sees your changes #speaker: Priya #mood: annoyed #readiness: Priya R3 #debrief: What did Priya need to hear first when she came to your desk? #debrief: What did rewriting the forecast save you last night, and what did it cost this morning? #debrief: How would you rebuild this before the next forecast call?
* [Say sorry for doing it without her, and ask her what you missed at Harlow #lead:ask #lead:empower #approach:support]
    She looks at you for a long second. Then she talks. #clear
    Marcus wants the rollout before the summer. The CFO hasn't seen a number. That's the whole story. #speaker: Priya #mood: defensive
    She pauses.
    Upside, then. Not commit. You were half right. And Castell you got right. I knew it when I put it in. #speaker: Priya #mood: thoughtful
    ~ raise(trust, 10)
    ~ raise(morale, 10)
    -> news
* [Explain what you saw: nothing logged for three weeks, and the call hours away. The changes stand #manage:tell #manage:control #approach:direct]
    ~ yours += 1
    She listens all the way through. #clear
    Fair. I should have logged it. #speaker: Priya #mood: neutral
    She says it to the floor, not to you.
    ~ lower(morale, 5)
    -> news
* [Tell her which changes you'd still make and why, then ask her to show you where you got it wrong #manage:tell #lead:ask #approach:coach]
    She hears you out with her arms folded. #clear
    Brightwater. That one's real, and I can show you. Harlow, you were half right: it's upside, not commit. #speaker: Priya #mood: thoughtful
    Castell you got right. #speaker: Priya #mood: neutral
    ~ raise(trust, 5)
    ~ raise(morale, 5)
    -> news

=== news ===
{
- overruled:
    Tomás says Helen put me at 300 herself. He says you held out for {held}. #speaker: Priya #mood: tense
    I don't know whether to be grateful or terrified. #speaker: Priya #mood: worried
    ~ lower(morale, 5)
- raised:
    Tomás says Helen has me at 300 now. #speaker: Priya #mood: tense
    {
    - rewrote:
        Last night you took me down to 150. #speaker: Priya #mood: annoyed
    - backed:
        You said you'd back 230. #speaker: Priya #mood: annoyed
        ~ lower(trust, 5)
    }
    ~ lower(trust, 10)
    ~ lower(morale, 10)
- credited:
    Tomás says you told Helen about the Harlow meeting. And that it was mine. #speaker: Priya #mood: pleased
    ~ raise(trust, 5)
}
-> harlow_brief

// ===========================================================================
// Thursday, ten to ten: the Harlow call at eleven
// ===========================================================================
=== harlow_brief ===
{
- rewrote:
    So. Harlow. Eleven o'clock. #clear #speaker: Priya #mood: tense
- knows_harlow:
    The Harlow call's at eleven. #clear #speaker: Priya #mood: tense
- else:
    I took Harlow out, but I've still got their CFO at eleven. I don't know if I should even go. #clear #speaker: Priya #mood: worried
}
~ knows_harlow = true
Their CFO is Anita Shah. She's new, and she's been cutting spend everywhere. #speaker: Priya #mood: tense
I've never done a CFO on my own. Marcus always handled the money side. #speaker: Priya #mood: worried
{
- asked:
    I know this deal inside out. I just don't know how she'll come at me. #speaker: Priya #mood: thoughtful
- else:
    I've got the proposal. I just keep thinking about last quarter. #speaker: Priya #mood: worried
}
The call is in seventy minutes. #readiness: Priya R2 #debrief: Last night Priya knew her deals better than you did. What was different about this call? #debrief: How much did you decide for her, and what did she learn from the way you handled it? #debrief: What will you do for the next call where she is new to the buyer, not to the deal? #decision: Priya's call with Anita
* {not raised} [Join the call and run the commercial part yourself #manage:control=2 #approach:none]
    -> hc_direct
* {raised} [Join the call, and offer Anita ten per cent off if she signs this month #manage:push=2 #manage:control #approach:none]
    -> hc_discount
* [Take twenty minutes: tell her how you'd play Anita and why, answer her questions, then let her run the call #manage:tell #lead:pull #approach:coach]
    -> hc_coach
* [Ask her what Anita will need to hear, and how she'll answer "next year". Then sit in on mute while she runs it #lead:ask #lead:pull #approach:support]
    -> hc_support
* [Leave it with her. She knows Harlow better than anyone #lead:empower=2 #approach:delegate]
    -> hc_delegate

=== hc_direct ===
~ took_call = true
Eleven o'clock. Priya introduces you, and ten minutes in, Anita's questions are all coming to you. #clear #scene: video-call
You answer them well. By twenty to twelve, Anita agrees to sign the full rollout before the end of the month.
Priya says thank you four times on the call, and almost nothing else.
~ harlow = 120
~ lower(morale, 10)
~ lower(trust, 5)
{asked:
    I had the payback figure ready. You got there first. #speaker: Priya #mood: annoyed
    ~ lower(trust, 5)
}
-> process

=== hc_discount ===
~ took_call = true
Eleven o'clock. The call goes well enough until Anita says, "next financial year." #clear #scene: video-call
You offer the ten per cent. Anita raises an eyebrow, calls it generous, and says yes if the paperwork is on her desk by Friday.
Priya doesn't look at you for the rest of the call.
I've never discounted Harlow. They'll want it every year now. #speaker: Priya #mood: annoyed
~ harlow = 108
~ lower(morale, 10)
~ lower(pipeline, 5)
-> process

=== hc_coach ===
Twenty minutes in the small room. You tell her how you'd play it, and why. #clear #scene: meeting-room
Anita is cutting spend, so start with cost per depot, not features. Have the payback ready: fourteen months. If she says "next year", phase the payments, not the rollout.
Priya asks what to do if Anita wants it in writing. You tell her: say yes, and have it in her inbox before one.
She writes the last two on a sticky note and puts it on the edge of her screen.
On the call you hardly speak. When Anita says "next financial year", Priya offers to phase the payments. #clear #scene: video-call
Anita agrees to the full rollout, starting this month.
That was mine, wasn't it? #speaker: Priya #mood: pleased
~ harlow = 120
~ grew = true
~ raise(trust, 10)
~ raise(morale, 15)
-> process

=== hc_support ===
Twenty minutes in the small room. You ask; she answers. #clear #scene: meeting-room
What will Anita care about? Price, she thinks. What's the payback per depot? She starts working it out on the whiteboard.
At ten to eleven she's still working it out. You've asked good questions, and the time has gone.
Eleven o'clock. You sit in, camera on, microphone off. Priya runs it. #clear #scene: video-call
{
- asked:
    She's steady on the deal. When Anita says "next financial year", Priya holds the price and offers phase one now.
    Anita agrees to phase one this quarter, and the rest after her budget review.
    Sixty. And I know where the other sixty went. #speaker: Priya #mood: thoughtful
    ~ harlow = 60
    ~ grew = true
    ~ raise(trust, 5)
    ~ raise(morale, 10)
- else:
    When Anita asks for the payback figure, Priya's eyes flick to your square on the screen. You unmute and give it.
    Anita agrees to phase one this quarter, and the rest after her budget review.
    Sixty's not nothing. Thanks for jumping in. #speaker: Priya #mood: relieved
    ~ harlow = 60
    ~ raise(trust, 5)
}
-> process

=== hc_delegate ===
You go back to your inbox. At ten past twelve, Priya comes back to her desk. #clear
{
- asked:
    Phase one this month. Sixty. The rest after their budget review. #speaker: Priya #mood: pleased
    I think I could have got the lot if I'd offered to phase the payments. Next time. #speaker: Priya #mood: thoughtful
    ~ harlow = 60
    ~ grew = true
    ~ raise(trust, 5)
    ~ raise(morale, 5)
- else:
    She wants a revised proposal. Next quarter, probably. #speaker: Priya #mood: worried
    She puts her headset on without looking at anyone.
    ~ harlow = 0
    ~ lower(morale, 10)
}
-> process

// ===========================================================================
// Thursday lunchtime: how the team builds its forecast from now on
// ===========================================================================
=== process ===
Quarter past twelve. Tomás leans on the partition between your desks. #clear #scene: office
Want me to lock the commit stage? Nothing goes into commit without a logged meeting with whoever signs. Ten minutes' work. #speaker: Tomás #mood: thoughtful
It would apply to the whole team, not just Priya. Your call. #decision: Locking the commit stage #speaker: Tomás #mood: neutral #debrief: What problem would Tomás's rule solve, and what would it leave untouched? #debrief: Who on the team should own how the forecast gets built? #debrief: What will you say about forecasting at Monday's team meeting?
* [Yes. Lock it for the whole team from Monday #manage:control #manage:detail]
    ~ yours += 1
    Done by one o'clock. #clear #speaker: Tomás #mood: pleased
    Two desks away, Priya hears it and says nothing.
    ~ raise(pipeline, 10)
    ~ lower(morale, 5)
* [Ask Priya to work out the rule with Tomás, and take it to Monday's team meeting #lead:empower=2]
    Priya looks up from her screen. #clear
    {
    - asked || grew:
        Me? ... Yes. OK. I know exactly what I'd put in it. #speaker: Priya #mood: pleased
        ~ raise(trust, 10)
        ~ raise(morale, 10)
    - else:
        Me? After this week? #speaker: Priya #mood: worried
        You tell her: especially after this week. She nods slowly and pulls her chair over to Tomás's desk.
        ~ raise(trust, 5)
        ~ raise(morale, 5)
    }
    ~ raise(pipeline, 5)
* [No rule for now. On Monday, put one question to each rep: which commit deal would you bet on, and why? #lead:ask #lead:direction]
    Fair enough. I'll put it on the agenda. #clear #speaker: Tomás #mood: neutral
    Priya is already scrolling through her deals, picking one.
    ~ raise(pipeline, 5)
    ~ raise(trust, 5)
    ~ raise(morale, 5)
- -> quarter_end

// ===========================================================================
// Three weeks later: the quarter lands
// ===========================================================================
=== quarter_end ===
~ landing = 230 + harlow
~ gap = landing - called
// Helen's belief in your numbers follows the gap: under the call hurts most.
// When she overruled you the number was hers, and she already took her price.
{
- overruled:
    ~ lower(pipeline, 10)
- gap < 0:
    ~ lower(pipeline, 20)
    ~ lower(credibility, 15)
- gap > 125:
    ~ lower(pipeline, 10)
    ~ lower(credibility, 5)
- else:
    ~ raise(pipeline, 10)
    ~ raise(credibility, 15)
}
Three weeks later. The last day of the quarter. #clear #scene: office #music: calm
Tomás's final roll-up lands in your inbox at four.
Brightwater's PO arrived on the 24th. Castell's partners are still thinking about it.
{harlow:
- 120:
    Harlow signed the full rollout in week eleven.
- 108:
    Harlow signed, at ten per cent off.
- 60:
    Harlow signed phase one. The rest sits in next quarter's pipeline.
- else:
    Harlow's revised proposal is still with their CFO.
}
Priya lands at {landing}k. {overruled:You held out for {held}k; Helen put her at 300.|You called {called}k.}
{
- raised && landing >= 300:
    -> end_pushed
- raised:
    -> end_padded
- gap < 0 || gap > 125 || (yours < 2 && not asked):
    -> end_doubt
- yours < 2 && asked:
    -> end_hers
- else:
    -> end_yours
}

// ===========================================================================
// Endings. Each opens somewhere different: the sound and the first face
// should not tell the room how it went before the words do.
// ===========================================================================
=== end_hers ===
Monday, half past eight. Priya's commit for next quarter is in before anyone else's. #clear #music: calm
She moved one of her own deals out on Friday. Nobody asked her to. #speaker: Tomás #mood: pleased
{
- gap == 0:
    Helen's note on the roll-up is one line: Priya landed exactly where you called her, and it's the first time all year she hasn't had to guess.
- credited:
    Helen's note on the roll-up is one line: Priya beat her commit by {gap}k, and you told her where it might come from.
- else:
    Helen's note on the roll-up is one line: Priya beat her commit by {gap}k. Next time, tell her about the upside before it lands.
}
{took_call:Harlow's account notes have your name in them now, not hers. Marcus copies you in on everything.}
{credibility >= 60:Underneath, a second line: could you walk the other managers through how your team calls its number?|Underneath, nothing else. Helen is still making up her mind about you.} #ending: her-number
-> END

=== end_yours ===
Helen rings at five. #clear #sfx: phone
{gap == 0:Numbers held. Good.|Priya came in {gap}k over. Over I can live with.} #speaker: Helen #mood: neutral
{credibility >= 60:I'm starting to believe what your team sends me.|Let's see if it holds next quarter.} #speaker: Helen #mood: neutral
On Monday morning, Priya's commit for next quarter is in early: neat, careful, and small. #clear #music: off
Underneath it she's left you a note: "Let me know what you want to change." #ending: your-number
-> END

=== end_doubt ===
Priya doesn't come over when the roll-up lands. #clear #music: off
{gap < 0:She came in {0 - gap}k under what you called.|She came in {gap}k over what you called, and nobody saw it coming, least of all Helen.}
Helen's message follows a minute later. #sfx: message
{gap < 0:I planned the region on {called}.|I can't plan on guesses, high or low.} #speaker: Helen #mood: annoyed
Across the floor, Priya is building next quarter's forecast. #clear
{trust >= 60:When you stop by, she turns her screen towards you before you can ask. "Tell me where I'm kidding myself."|When you stop by, she minimises the window.} #ending: number-in-doubt
-> END

=== end_padded ===
On Monday morning, Priya's commit for next quarter is in early. #clear #music: calm
It comes to exactly her target. Every deal she has is in it.
Tomás catches your eye across the floor and raises an eyebrow.
{
- overruled:
    Helen rings just after ten. #sfx: phone
    Priya: {landing}k against 300. You said {held}, I said 300, and neither of us knew her deals. #speaker: Helen #mood: thoughtful
    Next time, bring me the deals with the number. #speaker: Helen #mood: neutral #ending: padded-number
- else:
    Helen rings just after ten. #sfx: phone
    Priya: {landing}k against 300. Again. You gave me that number. #speaker: Helen #mood: annoyed #ending: padded-number
}
-> END

=== end_pushed ===
Priya takes Friday off. #clear #music: off
Helen rings at five, pleased. #sfx: phone
Priya: {landing}k. {overruled:I told you she had it in her. Next time, trust me.|Told you she had it in her.} #speaker: Helen #mood: pleased
{morale >= 50:On Monday Priya stops by your desk. "I didn't think I could do that. I'm not sure I want to do it like that every quarter."|On Monday her commit for next quarter is in early. It comes to exactly her target, to the k.} #ending: pushed-and-made
-> END
