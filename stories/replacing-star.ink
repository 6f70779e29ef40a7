# title: Replacing a star
# id: replacing-star
# summary: Dev has gone to Northgate. Helen has had lunch with Rostrum's top closer, who has another offer and a reputation; Nadia from onboarding, who has never carried a quota, has applied too. Ruth wants a seat on the panel.
# minutes: 12
# cast: Dev Malhotra, Helen Park, Ruth Okafor, Nadia Osei, Conrad Blake, Priya Nair, Sam Lindqvist, Tomás Ruiz
# objective: Decide a hire against criteria written down before anyone walks in, with references that can find what an interview hides, and in time for the deadline.
# objective: Hand an able, willing veteran a real part of the decision, rather than a seat and a form.
# objective: Notice what you reward when you hire: the close, or the work that finds what the buyer needs, and what the team does next.
# objective: Match the help you give a new hire to the task in front of them: a closer who will not work inside the cap, a rep who has never run a first meeting.
# meters: results, trust, credibility
# account: Meridian Care (a care home group, 18 homes)
# account: Ashby Motor Group (a car dealership group, 6 dealerships)
# account: Lowther Bakeries (a bakery chain, 30 shops)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state (prefixed rs_ for "replacing a star"). Integers and booleans only.
// results: the region's number without Dev. trust: how far the team trusts
// you. credibility: how far Helen believes your judgement.
// Readiness (docs/cast.md), by task: Ruth is R4, able and willing, on judging
// how a rep sells (she runs the deal reviews and offers before she is asked).
// Conrad is R3, able but unwilling, on pricing inside the cap and sharing a
// deal. Nadia is R2, unable but willing, on her first new-business meeting.
// ---------------------------------------------------------------------------
VAR rs_helen = 0       // at the counter: 1 you as good as promised him an offer, 2 one panel for all, 3 what the seat is for
VAR rs_ruth = 0        // the panel: 1 Ruth's half, 2 her plan with you, 3 your interviews and her view, 4 your form
VAR rs_rubric = 0      // how the panel decides: 1 written scores and references, 2 a conversation, 3 the seat's purpose
VAR rs_refs = false    // you have Conrad's references, a colleague's among them
VAR rs_hire = 0        // 1 Conrad, 2 Conrad with written objectives, 3 Nadia, 4 nobody yet
VAR rs_lost = false    // you waited, and Conrad took the other offer
VAR rs_team = 0        // the first Monday: 1 owners and dates, 2 where the team goes, 3 the leaderboard, 4 the team shares it, 5 praise for discovery
VAR rs_week = 0        // week three, how it went: 1 well, 2 well enough, 3 badly

-> start

// ===========================================================================
// Friday, half past five: Dev's leaving drinks, the café across the road
// ===========================================================================
=== start ===
~ results = 45
~ credibility = 50
Friday, half past five. The café across the road from the office has pushed two tables together and tied a balloon to a chair: GOOD LUCK DEV. #scene: cafe #music: hopeful
Seven years, a hundred and forty per cent of quota, and on Monday he starts at Northgate. Ruth organised the card. Sam has filled a whole side of it.
Don't look at me like that. They offered me a region of my own. I'd have been mad to say no. #speaker: Dev #mood: pleased
He puts a blue folder on the table in front of you. Eleven pages, in his own handwriting. #clear
Every account. Who signs, who blocks, what I promised and what I didn't. Meridian's renewal is in April. Ring them on Tuesdays. #speaker: Dev #mood: neutral
Ruth says that in seven years nobody has seen Dev write down anything that wasn't a signature. Tomás picks up page one as if it might go off.
Don't tell anyone. I've a reputation. #speaker: Dev #mood: pleased
-> helen

=== helen ===
Helen arrives at six, buys the table a round, and makes a short speech that turns Dev red. Then she finds you by the counter. #clear
Conrad Blake. Rostrum's top closer three years running: a hundred and seventy per cent last year. He's looking. I had lunch with him on Wednesday. #speaker: Helen #mood: pleased
He has another offer, and he wants an answer by noon on Friday week. I want him in Dev's chair. #speaker: Helen #mood: neutral
Across the room, Nadia Osei, who runs customer onboarding for the region, is helping Ruth tie the card to the balloon. #clear
Nadia applied for Dev's job this afternoon. Forty go-lives in four years, four of them Dev's. She has never carried a quota.
Page two of Dev's folder says: "Meridian love Nadia. Ask her."
Helen waits for your answer, her glass at her shoulder. #decision: Helen wants Rostrum's closer #debrief: What did Helen want from you at the counter, and what did you give her? #debrief: What had you already decided about the hire, before you had met either candidate? #debrief: The next time your boss brings you a candidate, what will you say first?
+ [Tell her yes: you'll have him in on Wednesday, and if he's as good as his numbers, he'll have an offer before his deadline #manage:push]
    -> h_yes
+ [Tell her you'll see him on Wednesday, and Nadia, and anyone else who applies by Monday: one panel, the same questions for each, and references #manage:detail]
    -> h_same
+ [Tell her first what you want from Dev's seat, and why: Dev's customers kept and grown, by a rep the team works beside, not around. Then ask what matters most to her #lead:direction]
    -> h_seat

=== h_yes ===
~ rs_helen = 1
Good. Don't lose him. #speaker: Helen #mood: pleased
She touches her glass to yours and goes back to Dev.
~ raise(credibility, 10)
-> dev_aside

=== h_same ===
~ rs_helen = 2
References. For a hundred and seventy per cent. #speaker: Helen #mood: neutral
She looks at you over the glass for a moment.
Fine. Quickly. He won't wait. #speaker: Helen #mood: neutral
-> dev_aside

=== h_seat ===
~ rs_helen = 3
The number is what matters most. Dev was a third of it. #speaker: Helen #mood: neutral
She drinks. Then, more quietly:
And yes. The manager before you hired a closer nobody would sit next to. It cost him two good reps. Don't do that either. #speaker: Helen #mood: thoughtful
-> dev_aside

=== dev_aside ===
Dev is at your elbow when she has gone, with two pints. He has heard every word. #clear
Conrad Blake. We went up against him at Ashby. He promised them things even I wouldn't, and they signed with us a year later. #speaker: Dev #mood: thoughtful
At Rostrum they say nobody wants the desk next to his. That he takes your deals when you're off. That's what they say. #speaker: Dev #mood: neutral
Check him properly. Ring people he's worked with, not just the ones he gives you. #speaker: Dev #mood: neutral
Me, saying that. I'm leaving. I can say what I like. #speaker: Dev #mood: pleased
-> ruth

// ===========================================================================
// Monday, eight o'clock: Ruth, at Dev's desk
// ===========================================================================
=== ruth ===
Monday, eight o'clock. The floor is empty except for Ruth, who is sitting at Dev's desk reading his folder. #clear #scene: office #music: calm
HR says the panel needs someone from the team. I'd like it to be me. #speaker: Ruth #mood: neutral
Four panels in fourteen years. Three managers and a receptionist. Nobody asked me what I thought of any of them. #speaker: Ruth #mood: neutral
She has run the team's deal reviews since the spring, and sat beside Sam for his first twenty calls. #clear
I know what a good rep sounds like when a buyer says no. I'd like to be the buyer. #speaker: Ruth #mood: thoughtful
She has page two open. She has already underlined "Ask her." #decision: Ruth on the panel #readiness: Ruth R4 #debrief: What did Ruth offer you, and what did you do with it? #debrief: Who was going to decide this hire, in the end, and did Ruth know? #debrief: What will you hand to the next person who offers before they are asked?
+ [Hand her the sales half of the panel: she plays the buyer, writes the questions for it and scores it, and her score counts as much as yours #lead:empower=2 #approach:delegate]
    -> r_hers
+ [Give her your questions and HR's form, and ask her to score each answer from one to five while you run the interview #manage:control #manage:tell #approach:direct]
    -> r_form
+ [Ask her how she'd run the role-play and what she'd listen for. Then agree it with her, and back her plan #lead:empower #approach:support]
    -> r_together
+ [Tell her you'll run the interviews yourself, and why: it's your hire, and your name goes on the offer. She sits in, and you'll want her view of each one before you decide #manage:control #manage:tell #approach:coach]
    -> r_consulted

=== r_hers ===
~ rs_ruth = 1
Mine. Right. #speaker: Ruth #mood: pleased
She takes the pen from behind her ear. By nine she has a page: a buyer, her problem, the three things she won't say unless she's asked.
I'll be a care group's finance director who's happy with her spreadsheets. The kind Dev never got past. #speaker: Ruth #mood: pleased
~ raise(trust, 10)
-> panel

=== r_form ===
~ rs_ruth = 4
One to five. Like marking homework. #speaker: Ruth #mood: neutral
She takes the form. She leaves the folder open on Dev's desk and goes back to her own.
~ lower(trust, 10)
-> panel

=== r_together ===
~ rs_ruth = 2
She tells you: a buyer who says she's happy with her spreadsheets, and then she'll listen for whether they ask why. #clear
You agree it in ten minutes. She writes it on the back of page two.
~ raise(trust, 10)
-> panel

=== r_consulted ===
~ rs_ruth = 3
Fine. You'll have my view. #speaker: Ruth #mood: neutral
She closes the folder and squares it on the desk.
You'd have had it anyway. #speaker: Ruth #mood: neutral
~ lower(trust, 5)
-> panel

// ===========================================================================
// Tuesday, four o'clock: how the panel decides
// ===========================================================================
=== panel ===
Tuesday, four o'clock. The small meeting room, with Ruth and two CVs. The closing date was yesterday. #clear #scene: meeting-room #music: calm
One CV is two pages of percentages. The other is a page of customers' names: forty go-lives, and under the last one, "I'd like to sell what I set up." #clear
A message from Helen. #sfx: message
Conrad confirmed for tomorrow at two. He's doing us a favour coming in. Don't make him jump through hoops. #speaker: Helen #mood: neutral
HR's interview form has one box for each candidate: "Overall impression." #clear
I'll know in five minutes. I usually do. #speaker: Ruth #mood: neutral
A star with a director behind him; a colleague everyone likes, who has never carried a quota. Tomorrow you meet them both. #decision: How the hire is decided #debrief: How did the panel decide, and what did it decide on? #debrief: What could an interview show you about each of them, and what could it not? #debrief: What will you write down before the next interview, and who will you ring?
+ [Write down how you'll decide before anyone walks in: five things the seat needs, what a one and a five look like, scores done alone first, and two references each, one a colleague #manage:detail=2 #manage:control]
    -> p_rubric
+ [Keep it a conversation, and leave Ruth to judge them her own way: you have both sat beside a lot of reps. Talk it over straight after each one, and trust what you saw #lead:empower]
    -> p_talk
+ [Tell the panel what the seat is for, and why: Dev's customers kept and grown, and a rep who works beside the team, not around it. Then let each of you test for that in your own way, and compare notes on Thursday #lead:direction #lead:empower]
    -> p_purpose

=== p_rubric ===
~ rs_rubric = 1
~ rs_refs = true
You write it on the whiteboard and Ruth copies it out: finding the need, closing, keeping customers, working with the team, new business. A line under each for what a one looks like, and a five. #clear
Nadia gives you a customer and a colleague: the project manager she has run thirty go-lives with. Conrad gives you his old boss and a customer who "loves him". You ask for someone who sat beside him. There is a pause on the line, then a name.
Tomás sends the reference requests at half past four. Helen, copied, replies with one word: "Quickly." #sfx: message
~ lower(credibility, 5)
-> interviews

=== p_talk ===
~ rs_rubric = 2
Good. #speaker: Ruth #mood: pleased
She puts HR's form in the folder and the folder in her bag.
-> interviews

=== p_purpose ===
~ rs_rubric = 3
Ruth writes it at the top of her pad: keep them, grow them, beside, not around. #clear
Then I'll find out what they do with a customer who isn't theirs. #speaker: Ruth #mood: thoughtful
-> interviews

// ===========================================================================
// Wednesday: the interviews
// ===========================================================================
=== interviews ===
Wednesday, two o'clock. Conrad Blake is ten minutes early, in a good suit, and has learned everyone's name from the website. #clear #scene: meeting-room #music: calm
He brings a printed plan: Dev's accounts, grown forty per cent in a year. He hasn't seen Dev's accounts.
{
- rs_ruth <= 2:
    Ruth plays a care group's finance director, happy with her spreadsheets. In the fourth minute, before she has said what she needs, Conrad offers her twenty per cent off to sign by the end of the month. #clear
    I hadn't said no yet. #speaker: Ruth #mood: neutral
    He laughs, and so does she. He closes her twice more before the time is up.
- else:
    Your questions get polished answers. Every story he tells ends in a signature, and every one of them has "I" in it. None has a colleague. #clear
    Ruth, beside you, writes one line on her pad and turns it face down.
}
At four, Nadia. She has brought a notebook, and she has plainly not slept. #clear
{
- rs_ruth <= 2:
    She asks Ruth eleven questions before she mentions the product, and finds the problem Ruth hid in her brief: the agency bill every weekend. #clear
    Then the time is up, and she hasn't asked for a next meeting.
    Sorry. I got interested. #speaker: Nadia #mood: worried
- else:
    She tells you about Meridian's go-live: the night rota she rebuilt at two in the morning, and the home manager who cried. #clear
    Asked how she would open a call with a stranger, she says "I'd... ask about their rota?" and goes red.
}
-> thursday

// ===========================================================================
// Thursday, three o'clock: the deadline
// ===========================================================================
=== thursday ===
Thursday, three o'clock. The small room again. #clear #music: tense
{
- rs_rubric == 1:
    You and Ruth each scored alone before you compared. Conrad: five for closing, five for new business, two for finding the need, one for working with the team. #clear
    Nadia: five for finding the need, five for keeping customers, two for closing, one for new business. Ruth's scores and yours are never more than a point apart.
    The references are in. Conrad's old boss: "The best closer I've had." His customer: "He sold us forty sites. We use twelve. He doesn't return calls now." #clear
    The colleague who sat beside him: "Two of us asked to move teams last year. I was one. He takes your deals when you're on holiday."
    Nadia's customer and her colleague say the same thing in different words: she's the reason customers renew.
- rs_rubric == 2:
    You and Ruth talk it over. #clear
    {rs_ruth <= 2:He offered me twenty per cent before I'd told him anything. I didn't like him. That's not a reason, I know.|He's a closer. I didn't like him. That's not a reason, I know.} #speaker: Ruth #mood: thoughtful
    And Nadia? She'll be brilliant in a year. I don't know about this quarter. #speaker: Ruth #mood: neutral
- else:
    You compare notes. {rs_ruth <= 2:Ruth's buyer asked them both|Your last question to them both was} what they'd do with a customer who wasn't theirs. #clear
    Conrad said he'd "take it off whoever had it and get it done". Nadia asked whose it was, and whether she could ring them first. #speaker: Ruth #mood: thoughtful
    Neither of us asked anyone who's worked with him. #speaker: Ruth #mood: neutral
}
{not rs_refs:
    HR has sent the draft offer: "subject to references". Their note underneath: Rostrum's HR will confirm his dates and his job title, and nothing else.
}
Your phone goes. Conrad. #sfx: phone
The other firm has moved their number. I need your answer by noon tomorrow, or I'm theirs. No hard feelings either way. #speaker: Conrad #mood: pleased
Then a message from Helen: "Well?" #clear #sfx: message
Noon tomorrow. Ruth is watching you, pen down. #decision: Conrad's deadline #debrief: What did you know about each candidate when you decided, and what did you not know? #debrief: What did the deadline cost you, and who set it? #debrief: When you next hire against a clock, what will you have done before the clock starts?
+ [Offer Conrad the job today, at the package he asked for: a hundred and seventy per cent is a hundred and seventy per cent #manage:push=2]
    -> t_conrad
+ [Offer Conrad the job today, with his first six months in writing: every deal inside the discount cap, shared deals under both names, the CRM kept #manage:push #manage:detail #manage:control]
    -> t_terms
+ [Offer Nadia the job: the team you want finds out what customers need, and you would rather grow that than buy a closer. Ring Conrad yourself and tell him no #lead:pull=2 #lead:direction]
    -> t_nadia
+ {rs_refs} [Ring Conrad back and ask for until next Friday: you'd like a second interview, with the team in the room #manage:detail]
    -> t_wait
+ {not rs_refs} [Ring Conrad back and ask for until next Friday: you want to speak to people he has worked with before you decide #manage:detail]
    -> t_wait

=== t_conrad ===
~ rs_hire = 1
He says yes before you have finished the sentence. #clear
Helen's reply is a thumbs up and "That's my manager." #sfx: message
{rs_refs:Ruth picks up the colleague's reference, reads it again, and puts it in the folder without a word.|Ruth picks up her pad and the form, and goes back to her desk.}
~ raise(credibility, 10)
~ lower(trust, 5)
-> first_monday

=== t_terms ===
~ rs_hire = 2
Objectives. Sure. I hit objectives. #speaker: Conrad #mood: pleased
He reads them out loud, slowly, as if pricing them. He signs on Friday at ten.
Helen's reply: "Good." Ruth asks for a copy of the objectives, and pins it above her desk. #sfx: message
~ raise(credibility, 5)
-> first_monday

=== t_nadia ===
~ rs_hire = 3
Conrad takes it well, on the phone. #clear
Your loss. Honestly. Good luck. #speaker: Conrad #mood: neutral
Nadia cries in the small room and apologises for it. #clear
{
- rs_helen == 1:
    Helen's message comes at five: "On Friday you told me he'd have an offer. Tell me on Monday what changed." #sfx: message
    ~ lower(credibility, 15)
- rs_helen == 3:
    Helen's message comes at five: "A rep the team works beside. You said. Show me on Monday what it does to my number." #sfx: message
    ~ lower(credibility, 5)
- else:
    Helen's message comes at five: "You turned down Conrad Blake. Tell me why on Monday." #sfx: message
    ~ lower(credibility, 10)
}
~ raise(trust, 10)
-> first_monday

=== t_wait ===
~ rs_lost = true
I'll be honest with you: I can't. #speaker: Conrad #mood: neutral
At five past twelve on Friday a message arrives: "Took the other one. Good luck with it." #clear #sfx: message
Helen's comes a minute later. #sfx: message
{rs_helen == 1:You told me he'd have an offer before his deadline. I told upstairs.|I put Conrad Blake on your plate.} #speaker: Helen #mood: annoyed
~ lower(credibility, 15)
Dev's chair has been empty for a week. Nadia is still waiting to hear, and has stopped asking. #clear
Helen wants a plan on Monday. #decision: The empty seat #debrief: What did waiting buy you, and what did it cost? #debrief: Who was Nadia, to this decision, once Conrad had gone? #debrief: What will you do the next time the best candidate on paper has a deadline?
+ [Offer Nadia the job on Monday: she finds out what customers need, and that is what you want to build the seat on #lead:pull]
    -> w_nadia
+ [Re-advertise: Dev's seat needs a closer, and you would rather wait two months for the right one than settle #manage:push]
    -> w_again
+ [Leave the seat empty until April: Ruth and Priya cover Dev's accounts for the quarter, and you hire once Meridian has renewed #manage:detail]
    -> w_split

=== w_nadia ===
~ rs_hire = 3
Nadia says yes, and then asks, carefully, whether she was the first choice. #clear
You tell her the truth. She nods.
Then I'll have to be better than him, won't I. #speaker: Nadia #mood: thoughtful
~ raise(trust, 5)
-> first_monday

=== w_again ===
~ rs_hire = 4
The advert goes up on Monday, with a line Helen added herself: "Proven closer, 150% of quota or above." #clear
Nadia goes back to her go-lives. She doesn't reapply.
~ lower(results, 10)
-> first_monday

=== w_split ===
~ rs_hire = 4
Ruth and Priya say yes, because you asked. Ruth asks who's having Meridian. You say you'll settle it with the team. #clear
Nadia goes back to her go-lives. She doesn't ask again.
~ lower(results, 5)
-> first_monday

// ===========================================================================
// Four weeks later, Monday: the first team meeting
// ===========================================================================
=== first_monday ===
// Read only up to Thursday; cleared so the checker can merge states. From here on
// rs_ruth only says whether Ruth played the buyer (1) or not (3).
~ rs_helen = 0
~ rs_rubric = 0
~ rs_ruth = 1 + 2 * (rs_ruth > 2)
// Only Nadia's endings read whether Ruth played the buyer; only Conrad's read the references.
{rs_hire != 3:
    ~ rs_ruth = 0
}
{rs_hire >= 3:
    ~ rs_refs = false
}
Four weeks later, Monday, nine o'clock. The weekly team meeting. #clear #scene: meeting-room #music: calm
{
- rs_hire == 3:
    Nadia is in Dev's chair with a new notebook, her first week. She still has her onboarding lanyard on.
- rs_hire == 4:
    Dev's chair is still empty. Nobody sits in it, and nobody moves it.
- else:
    Conrad is in Dev's chair, his first week after a month's notice on garden leave. He has brought pastries, and a whiteboard pen of his own.
}
Dev's eleven accounts are on the screen. For four weeks Ruth and Priya have answered his customers between them; now each account needs an owner. Meridian's renewal is seven weeks away. #clear
Who's got Meridian, then? #speaker: Sam #mood: worried
Priya says nothing. She has two of Dev's prospects in her notebook, and hasn't said so. #decision: Dev's accounts #debrief: What did the team hear about how it wins now that Dev has gone? #debrief: What did your first meeting tell the new hire about this team? #debrief: What will the team do more of this quarter because of what you said?
+ [Give each of Dev's accounts an owner and a date for the first call, on the screen, now. Tomás tracks it weekly #manage:detail #manage:control]
    -> m_owners
+ [Tell them where the team goes without Dev, and why: no customer nervous because one person left, so two names on every big deal, and each account kept by whoever knows it best #lead:direction]
    -> m_direction
+ [Put the leaderboard back on the screen: the first new customer of the quarter gets the Friday round, and the new target goes beside everyone's #manage:push #manage:detail]
    -> m_board
+ [Ask them how they'd share Dev's accounts, and who knows each customer best. Then let them settle it between them by Friday #lead:empower]
    -> m_shared
+ [Tell them what you'll praise from now on: the meeting that finds out what a customer needs, whoever closes the deal. Then read out the best discovery note from last week #lead:pull]
    -> m_praise

=== m_owners ===
~ rs_team = 1
Tomás types as you talk. Eleven names, eleven dates. #clear
{rs_hire == 4:Ruth has six of them. She reads the list twice.|Meridian goes to {rs_hire == 3:Nadia|Conrad}. Ruth writes the date in her diary.}
~ raise(results, 5)
-> week_three

=== m_direction ===
~ rs_team = 2
Two names on every big one. Seems to be allowed. #speaker: Ruth #mood: pleased
{rs_hire == 3:Nadia writes it at the top of her notebook.|{rs_hire == 4:Priya opens her notebook and reads out the two prospects she had been keeping to herself.|Conrad smiles, and writes nothing down.}}
~ raise(trust, 5)
-> week_three

=== m_board ===
~ rs_team = 3
The leaderboard goes up. Sam cheers; he is bottom of it. #clear
{rs_hire == 4:Priya closes her notebook.|{rs_hire == 3:Nadia's name is at the bottom with a zero beside it.|Conrad looks at the board the way other people look at a menu.}}
~ raise(results, 5)
~ lower(trust, 5)
-> week_three

=== m_praise ===
~ rs_team = 5
You read out two paragraphs about a care home's night shift. Nobody knows whose they are until Priya goes pink. #clear
{rs_hire == 3:Nadia asks if she can have a copy.|{rs_hire == 4:Sam asks how you write one like that. Priya says she'll show him.|Conrad asks whether discovery notes count towards commission. They don't, and he stops listening.}}
~ raise(trust, 5)
-> week_three

=== m_shared ===
~ rs_team = 4
They sort it out by Wednesday. #clear
{rs_hire == 3:Meridian goes to Nadia, because Meridian asked for her.|{rs_hire == 4:Ruth takes Meridian. Priya takes the two prospects she had in her notebook.|Conrad takes the four biggest accounts in the first ten minutes. Nobody argues, which is not the same as agreeing.}}
~ raise(trust, 5)
-> week_three

// ===========================================================================
// Week three: the first new customer
// ===========================================================================
=== week_three ===
// From here on rs_team only says: 1 a list, 2 the team's own way or the why, 3 the leaderboard.
{rs_team >= 4:
    ~ rs_team = 2
}
{
- rs_hire == 3:
    -> nadia_first
- rs_hire == 4:
    -> empty_chair
- else:
    -> conrad_price
}

=== nadia_first ===
Thursday of week three. Nadia has her first meeting with a new prospect tomorrow at ten: Lowther Bakeries, thirty shops, page nine of Dev's folder. #clear #scene: office #music: calm
Dev's note: "Saturdays a nightmare. Rota on a spreadsheet the owner built in 2009. His daughter runs operations now. Hates being sold to."
Nadia has read page nine until it's soft. She has written out twenty questions and crossed out half of them. #clear
I know the product better than anyone in this building. I've just never started a conversation with someone who hasn't bought it. How do you start one? #speaker: Nadia #mood: thoughtful
She has booked the small room for nine tomorrow, an hour before the meeting, and asks whether you'll be in it. #decision: Nadia's first meeting #readiness: Nadia R2 #debrief: What did Nadia bring to this meeting, and what was she missing? #debrief: How much of the meeting did you decide, and how much did she? #debrief: What will the help you give her look like by her fifth first meeting?
+ [Plan it with her: open with Saturdays, not the product, and say why; then ask what worries her #manage:tell #approach:coach]
    -> n_coached
+ [Ask her how she'll open, and what she'll say if they tell her the spreadsheet works fine. Then back her plan #lead:ask #lead:empower #approach:support]
    -> n_asked
+ [Hand her the meeting: her prospect, her first meeting, and she tells you on Friday how it went #lead:empower=2 #approach:delegate]
    -> n_hers
+ [Take the first meeting yourself and have her come along and watch how it's done, so the next one can be hers #manage:control #approach:none]
    -> n_yours
+ [Give her five questions to ask, Saturdays first, in the order to ask them, and sit beside her in the meeting to keep it on track #manage:tell #manage:control #approach:direct]
    -> n_script

=== n_coached ===
~ rs_week = 1
What if she says they're fine as they are? #speaker: Nadia #mood: worried
You tell her why Saturdays come first: the owner's daughter hates being sold to, and nobody minds being asked about their worst day. #clear
And if she says they're fine, ask what last Saturday cost them. Nadia writes it on the inside of her wrist, and then, embarrassed, in the notebook too.
On Friday the owner's daughter talks for forty minutes about Saturdays. At the end Nadia asks for a second meeting, with the shop managers, and gets it.
~ raise(results, 10)
-> ending

=== n_asked ===
~ rs_week = 2
She answers slowly, and then less slowly. She'll ask who builds the Saturday rota, and how long it takes. #clear
On Friday the discovery is the best you have read all year. She forgets, again, to ask for a next step. On Monday she rings them back and asks.
~ raise(results, 5)
-> ending

=== n_hers ===
~ rs_week = 3
Thank you. I won't let you down. #speaker: Nadia #mood: relieved
On Friday she sends you four pages of notes, all of them good. The owner's daughter said "send us something". #clear
Nadia sends something. Two weeks later, nobody at Lowther has replied.
-> ending

=== n_yours ===
~ rs_week = 3
Nadia sits beside you and takes notes. The owner's daughter talks to you, and then, at the door, to you again. #clear
The follow-up email comes to you, not to Nadia. Nadia says she learned a lot. She means it.
~ raise(results, 5)
-> ending

=== n_script ===
~ rs_week = 2
She asks the five questions in order, a little stiffly. On the fourth, the owner's daughter puts her pen down and talks about Saturdays. #clear
At the end you ask for the second meeting, because Nadia doesn't. You get it.
~ raise(results, 5)
-> ending

=== conrad_price ===
Thursday of week three. Conrad has Lowther Bakeries at proposal: thirty shops, page nine of Dev's folder ("Saturdays a nightmare"). He found the way in on his second day. #clear #scene: office #music: tense
He wants twenty-five per cent off to sign by the end of the month. The cap is fifteen.
Then Priya, quietly, at your desk: she met Lowther's operations manager at a trade fair in the spring, and logged it. The opportunity has one name on it. Conrad's. #clear
{rs_hire == 2:It's in my objectives: inside the cap, both names. So sign twenty-five off as the exception. It's one deal.|Twenty-five gets it done this month. Fifteen gets it done in March. Maybe.} #speaker: Conrad #mood: pleased
I did a year under a twelve per cent cap at Rostrum, when they made me. Hit a hundred and forty. Hated every minute of it. #speaker: Conrad #mood: neutral
And I found my own way into Lowther. I don't see why Priya's name goes on it. #decision: Conrad's terms for Lowther #speaker: Conrad #mood: defensive #readiness: Conrad R3 #debrief: What did Conrad want, and what was he able to do? #debrief: What did Priya see you decide? #debrief: What will you do the next time an able rep wants the rules bent for a deal?
+ [Tell him the cap is fifteen, Priya's name goes on Lowther beside his, and every proposal over ten per cent comes to you first #manage:tell #manage:control #manage:detail #approach:direct]
    -> c_told
+ [Ask him what Lowther need from the rollout, and how he'd win it inside the cap. Then let him choose #lead:ask #lead:pull #approach:support]
    -> c_asked
+ [Sign off the twenty-five and send it up to the deal desk: he's the closer you hired, and how he wins Lowther is his call #manage:push=2 #lead:empower #approach:delegate]
    -> c_his
+ [Hold the cap, and tell him why: a bakery that buys at twenty-five expects twenty-five at renewal, and Priya opened that door. Then ask what he'd put in the proposal instead #manage:tell #manage:detail #approach:coach]
    -> c_coached
+ [Take Lowther's proposal off him, price it inside the cap yourself, and send it with Priya #manage:control #approach:none]
    -> c_yours

=== c_told ===
He does it to the letter. Priya's name goes on; the discount comes down to fifteen. Lowther say they'll sign in March. #clear
{
- rs_hire == 2:
    ~ rs_week = 2
    Fair enough. You told me the rules before I came. #speaker: Conrad #mood: neutral
- else:
    ~ rs_week = 3
    Nobody told me this was that sort of place. #speaker: Conrad #mood: annoyed
    That evening Tomás notices that Conrad has made two of his new opportunities private.
}
-> ending

=== c_asked ===
~ rs_week = 1
He starts to answer with the price. Then he stops. #clear
Their problem is Saturdays. Their ops manager said it twice, and I talked over her both times. #speaker: Conrad #mood: thoughtful
He walks over to Priya's desk and asks her what she knows about them. Priya nearly drops her coffee. On Monday they send Lowther a pilot on their ten worst shops, at fifteen, with two names on it.
~ raise(results, 5)
~ raise(trust, 5)
-> ending

=== c_his ===
~ rs_week = 3
The deal desk sits on it for a week, then lets it through. He signs Lowther on the last day of the month, at twenty-five. The floor cheers; so does Helen, by message. #clear #sfx: message
Priya finds out from the leaderboard that the deal closed. Her name isn't on it.
~ raise(results, 15)
~ lower(trust, 10)
-> ending

=== c_coached ===
~ rs_week = 1
He argues the way good closers do: warmly, and fast. #clear
Renewal. Fine. You've got me there. #speaker: Conrad #mood: neutral
By the afternoon he has rewritten it: a pilot on ten shops at fifteen, with Priya's name under his, because Priya got them to the trade fair stand.
~ raise(results, 5)
-> ending

=== c_yours ===
~ rs_week = 3
You reprice it that night and send it with Priya. Lowther sign in March, at fifteen. #clear
So I'm a closer who doesn't close. Noted. #speaker: Conrad #mood: annoyed
He doesn't bring you another proposal. He brings you signatures, and you find out about the discounts afterwards.
~ raise(results, 5)
-> ending

=== empty_chair ===
// No new hire: the ending follows straight from the first Monday.
-> ending

// ===========================================================================
// Endings. Each opens somewhere different: the first face and the first sound
// should not tell the room how it went before the words do.
// ===========================================================================
=== ending ===
{
- rs_hire == 4:
    -> end_empty_chair
- rs_hire == 3 && rs_week <= 2:
    -> end_grown_here
- rs_hire == 3:
    -> end_back_to_onboarding
- rs_week <= 2:
    -> end_star_on_terms
- else:
    -> end_the_trail
}

=== end_grown_here ===
Three months later, a Saturday morning, in the queue for the tip with a boot full of cardboard. Your phone lights up with a photo from Nadia: a bakery's back room, a tablet on the wall, a rota with no gaps in it. #clear #scene: car #music: hopeful #sfx: message
Lowther, shop four. First Saturday on the pilot. Nobody rang in for cover. #speaker: Nadia #mood: pleased
Lowther Bakeries signed a pilot on ten shops last month: her first new customer, and the first for the team since Dev left. She is at sixty per cent of her number, and climbing. #clear
Meridian renewed in April. Their operations director asked for Nadia by name.{rs_lost: Helen has stopped mentioning Conrad Blake.}
{rs_ruth == 1:Ruth takes Nadia to one first meeting a week now. Nobody asked her to.|Ruth has started reading Nadia's discovery notes at her desk, and leaving small pencil marks in the margins.} #ending: grown-here
-> END

=== end_back_to_onboarding ===
Three months later, lunchtime, in the café across the road. Tomás turns his laptop round: the onboarding calendar. A name is on it that shouldn't be: Nadia's. #clear #scene: cafe #music: calm
She's been helping with go-lives. Fridays only, she says. It's been every Friday. #speaker: Tomás #mood: worried
Meridian renewed: they would have followed Nadia anywhere. Lowther Bakeries never became hers. #clear
{rs_team != 3:Her new-business line is empty. She is very good at the part of the job she already knew.|Her new-business line is empty, at the bottom of the leaderboard. She is very good at the part of the job she already knew.}
At her three-month review she asks, carefully, whether she could go back to onboarding if this doesn't work out. #ending: back-to-onboarding
-> END

=== end_star_on_terms ===
Three months later, the last day of the quarter. Conrad walks the floor with a bottle of something fizzy and plastic cups for everyone. #clear #scene: office #music: hopeful
He's at a hundred and thirty per cent. {rs_week == 1:Lowther Bakeries signed all thirty shops after the pilot|Lowther Bakeries signed thirty shops in March}, at fifteen, with two names on it. #clear
{rs_week == 1:He talks to me about Lowther now. Actually talks. I nearly fell off my chair.|My name's on Lowther, beside his. He still calls it his deal, but it's there.} #speaker: Priya #mood: pleased
{rs_refs:You still keep the colleague's reference in his file, and read it again before each of his reviews.|Tomás says Conrad has kept every field in the CRM. Most of them, anyway.}
He's learning. So am I, apparently. #speaker: Ruth #mood: neutral #ending: star-on-terms
-> END

=== end_the_trail ===
Three months later. Conrad is top of the leaderboard at a hundred and sixty per cent, and Helen has said so at the regional meeting. #clear #scene: meeting-room #music: off
Priya has stopped logging prospects until they reach proposal. Sam asked Tomás last week how to make an opportunity private. #clear
Lowther's operations manager, the owner's daughter, has asked for a different rep at the first quarterly review.
Ruth closes her notebook at the end of the pipeline review and stays behind. #clear
{rs_refs:You had the reference. We all read it.|Someone should have rung the people who sat next to him.} #speaker: Ruth #mood: neutral #ending: the-trail
-> END

=== end_empty_chair ===
Two months after Dev's leaving drinks. Your phone rings while you're parking. It's Dev, from Northgate. #clear #scene: car-park #music: off #sfx: phone
Meridian's operations director rang me. She wanted to know if Northgate does care homes. #speaker: Dev #mood: worried
She says she likes whoever's been ringing her. She's just heard the seat's still empty, and she's nervous. I said I'd talk to you first. #speaker: Dev #mood: neutral
Get somebody in that chair, boss. #speaker: Dev #mood: neutral
Meridian's renewal is in three weeks. Dev's chair is still empty, and Nadia's name is back on every go-live in the region. #clear
{rs_team == 2:Ruth and Priya are covering Dev's eleven accounts between them, and Priya has opened one of Dev's prospects herself.|{rs_team == 1:Ruth and Priya are covering Dev's eleven accounts on Tomás's list, a date against each.|Ruth and Priya are covering Dev's eleven accounts between them. Priya's two prospects are still in her notebook.} Nobody has opened a new one.} #ending: empty-chair
-> END
