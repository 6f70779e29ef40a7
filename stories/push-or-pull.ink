# title: Push or pull
# id: push-or-pull
# summary: Quarter end, and Ruth's biggest deal is slipping. Dev says a deadline discount will close it by Friday; Ruth thinks the buyer never told you what she really needed. Helen wants the number, and on Monday the team will see what you praise.
# minutes: 13
# cast: Ruth Okafor, Dev Malhotra, Sam Lindqvist, Tomás Ruiz, Helen Park, Priya Nair
# objective: Weigh a deadline discount against going back to the buyer's problem, and say out loud what each one costs.
# objective: Decide who runs a slipping deal, and see that the same veteran needs a free hand on one task and close coaching on the next.
# objective: Push back on your boss with something she can take upstairs, or expect to be overruled.
# objective: Notice that what you praise in front of the team is what the team will do next quarter.
# meters: results, customer, morale
# account: Penrose Care Group (a care home group, 40 homes)
# account: Ashby Motor Group (a car dealership group, 6 dealerships)

INCLUDE common/cast.ink

// Choices are sticky (+): no decision is ever offered twice, and once-only (*) choices make ink count
// every option's visits, which keeps every path apart for the story checker and slows its search.

// ---------------------------------------------------------------------------
// Story state. Money is in thousands ("k"), integers only.
// Target for the quarter: 1,100k. Booked before this week: 790k.
// ---------------------------------------------------------------------------
VAR pp_booked = 790       // what the team has signed this quarter
VAR pp_lead = 0           // who runs Penrose after Monday: 1 you, 2 Ruth with your discount, 3 Ruth after you asked, 4 Ruth, her call
VAR pp_sam = 0            // Sam's brief: 1 note the close, 2 note Grace's problem, 3 shadow Dev instead, 4 whatever strikes him
VAR pp_heard = false      // Grace has said out loud what twelve homes was really about: agency staff
VAR pp_notes = false      // Sam's notebook holds Grace's problem in her own words (kept after Wednesday instead of pp_sam and pp_heard)
VAR pp_disc = false       // Penrose signs twelve homes at ten per cent off this quarter
VAR pp_found = false      // Penrose moves to April, for a forty-home case
VAR pp_case = 0           // the board paper: 1 coached, 2 her plan, 3 her way, 4 you wrote it
VAR pp_date = false       // Martin has put the forty-home case on April's board agenda, in writing
VAR pp_wrote = false      // you wrote the board paper yourself
VAR pp_late = false       // you went back to Grace with a discount after she had opened up
VAR pp_overruled = false  // Helen overruled you and rang Martin with the discount herself
VAR pp_helen_sent = false // Helen sent the team-wide discount herself, over your no
VAR pp_blanket = false    // ten per cent for anything that signs by Friday, team-wide
VAR pp_dev = 0            // Ashby: 1 twenty approved, 2 fifteen with you on the call, 3 you asked what they lose, 4 full price and a May start
VAR pp_praise = 0         // Monday: 1 the biggest close, 2 the best discovery work, 3 the team picks

-> start

// 1209 -> "1,209k"; 950 -> "950k"
=== function thousands(k) ===
~ temp rest = k mod 1000
{
- k >= 1000:
    ~ return "{k / 1000},{rest < 100:0}{rest < 10:0}{rest}k"
- else:
    ~ return "{k}k"
}

// ===========================================================================
// Monday morning: the deal slips
// ===========================================================================
=== start ===
~ results = 40
Monday, half past eight. Five working days left in the quarter. #scene: office #music: calm
Tomás has the roll-up open before you've got your coat off.
Penrose Care Group. Ruth's deal: 180k, twelve care homes on our rostering platform. Close date Friday. #speaker: Tomás #mood: worried
Their finance director has just moved it to "after April's budget". Without it, we miss. #speaker: Tomás #mood: worried
Your phone buzzes. #clear #sfx: message
Penrose is in my number. I'm counting on it by Friday. #speaker: Helen #mood: tense
-> ruth

=== ruth ===
Dev leans over the partition, coffee in hand. #clear
Penrose slipping? Ten per cent, sign by Friday, offer dies at five. Works every time. #speaker: Dev #mood: pleased
Two desks down, Ruth doesn't look up. Fourteen years on this team. Lately she does good deals, quietly, and goes home at five.
You walk over. She takes one earbud out. #clear
Grace's FD got cold feet. I'll sort it. #speaker: Ruth #mood: neutral
She says it the way she says most things lately: flat, already half bored of the conversation. #decision: Grace's FD gets cold feet #readiness: Ruth R4 #debrief: What did you see in Ruth, and what did you decide to do about Penrose? #debrief: Whose deal was Penrose after this conversation, and how would Ruth know? #debrief: What will you do the next time a veteran's deal slips in the last week?
+ [Tell her it's her deal and her call: you'd rather have the right deal next quarter than the wrong one this week #lead:empower=2 #lead:pull #approach:delegate]
    ~ pp_lead = 4
    ~ raise(morale, 10)
    She looks at you properly for the first time in weeks. #clear
    My call? Then I'm not discounting. I want to go back to what Grace is actually trying to fix. #speaker: Ruth #mood: thoughtful
    Call's tomorrow at ten. Come along if you like. Camera off is fine. #speaker: Ruth #mood: pleased
+ [Tell Ruth to offer ten per cent for a signature by Friday, and that you'll be on the call #manage:push=2 #manage:tell #manage:control #approach:direct]
    ~ pp_lead = 2
    ~ lower(morale, 5)
    Ten per cent. Right. #clear #speaker: Ruth #mood: neutral
    She books the call for tomorrow at ten and adds you to it. Over the partition, Dev gives you a thumbs up.
+ [Ask Ruth what she thinks is really going on at Penrose, and what she wants to do about it #lead:ask #lead:empower #lead:pull #approach:support]
    ~ pp_lead = 3
    ~ raise(morale, 5)
    She takes the other earbud out. #clear
    Honestly? I don't think twelve homes was ever the real deal. Grace mentioned agency staff in our first meeting, and we went straight to the demo. #speaker: Ruth #mood: thoughtful
    I'd like to go back to that. It probably means Friday's gone. Come on the call tomorrow if you like. #speaker: Ruth #mood: thoughtful
+ [Take it over: ring Grace yourself today, with a discount you can sign off on the spot #manage:control=2 #manage:push #approach:none]
    ~ pp_lead = 1
    ~ lower(morale, 10)
    You tell Ruth you'll ring Grace yourself: a fresh voice, and you can approve a discount there and then. #clear
    Sure. Her number's in the CRM. #speaker: Ruth #mood: neutral
    The earbud goes back in. Grace agrees to a video call tomorrow at ten.
- -> sam

// ===========================================================================
// Monday afternoon: Sam wants to sit in
// ===========================================================================
=== sam ===
Three o'clock. Sam appears at your desk with a notebook and a hopeful face. #clear
Is it true you're on the Penrose call tomorrow? Could I sit in? I've got my first care-home demo next week. #speaker: Sam #mood: pleased
Four weeks into the job, Sam still writes everything down. He is keen, and he has never run a meeting like this one. #decision: Sam asks to sit in #readiness: Sam R2 #debrief: What did Sam ask for, and what did you give him? #debrief: What will Sam think good selling looks like after this week? #debrief: How will you check what he actually took away?
+ [Yes. Give him one job and the reason for it: write down what Grace says she's trying to fix, in her words, because that's what we sell to. Afterwards, ask him what he'd do with it #lead:pull #lead:ask #approach:coach]
    ~ pp_sam = 2
    In her words. Got it. #clear #speaker: Sam #mood: pleased
    He opens a fresh page and writes WHAT'S BROKEN? at the top.
+ [Yes. Tell him exactly what to listen for: how the close is handled, word for word. Go through his notes with him after #manage:push #manage:tell #approach:direct]
    ~ pp_sam = 1
    Word for word. Got it. #clear #speaker: Sam #mood: pleased
    He opens a fresh page and writes CLOSE at the top, underlined twice.
+ [Yes. Let him listen for whatever strikes him, and ask him over coffee what he noticed #lead:ask #lead:empower #approach:support]
    ~ pp_sam = 4
    Anything? OK. Brilliant. #clear #speaker: Sam #mood: pleased
    He opens a fresh page and writes PENROSE at the top, and the date.
+ [Not this one. Send him to shadow Dev's Ashby close on Friday: that's where he'll learn to close #manage:push=2 #manage:tell #approach:direct]
    ~ pp_sam = 3
    Sam's face drops, then brightens. #clear
    Dev's close? Brilliant. #speaker: Sam #mood: pleased
    Stick with me. I'll show you the Friday-at-five trick. #speaker: Dev #mood: pleased
- -> call

// ===========================================================================
// Tuesday, ten o'clock: the call with Grace
// ===========================================================================
=== call ===
Tuesday, ten o'clock. Grace Whitlock, head of operations at Penrose, fills the screen. Behind her, a rota board covered in coloured magnets. #clear #scene: video-call #music: tense
{pp_sam != 3:Sam's square sits in the corner, camera on, pen moving.}
{
- pp_lead == 1:
    -> call_yours
- pp_lead == 2:
    -> call_discount
- else:
    -> call_ruth
}

=== call_yours ===
You run it. Ruth's square is on mute. #clear
I'll be straight with you. Martin, our FD, won't sign anything new until April. Twelve homes is a nice-to-have, and he's cutting nice-to-haves. #speaker: Grace #mood: tense
Ruth is looking at something off-screen. She knows Penrose better than anyone on this call, and she has stopped offering it. #decision: Penrose call: Ruth goes quiet #readiness: Ruth R3 #debrief: What did Grace tell you, and what did she leave out? #debrief: Once you had taken the deal over, what was left for Ruth to do? #debrief: When you step into a rep's deal, how will you hand it back?
+ [Hand the call back to Ruth, and stay on to back her up #lead:empower=2 #approach:support]
    You tell Grace that Ruth knows Penrose better than you do. Ruth blinks, then unmutes. #clear
    Grace, in our first meeting you mentioned agency staff. Can we go back to that? #speaker: Ruth #mood: thoughtful
    We spent 1.9 million on agency nurses last year. Twelve homes was me trying to prove it small. #speaker: Grace #mood: thoughtful
    ~ pp_heard = true
    ~ raise(morale, 10)
    ~ raise(customer, 10)
    -> found
+ [Offer ten per cent if Martin signs by Friday #manage:push=2 #manage:control #approach:none]
    Ten per cent. Grace writes it down. #clear
    That I can take to Martin. Twelve homes, signed by Friday? I think he'll say yes. #speaker: Grace #mood: pleased
    Ruth says a polite goodbye and leaves the call first.
    ~ lower(morale, 5)
    -> signed
+ [Ask Grace what the twelve homes were meant to fix in the first place #lead:pull=2 #manage:control #approach:none]
    Grace pauses. #clear
    Honestly? Agency staff. We spent 1.9 million on agency nurses last year. Twelve homes was me trying to prove it small. #speaker: Grace #mood: thoughtful
    Ruth unmutes for the first time. #clear
    The agency figures are in each home's monthly return. I can pull all forty. #speaker: Ruth #mood: thoughtful
    ~ pp_heard = true
    ~ raise(morale, 5)
    ~ raise(customer, 15)
    -> found

=== call_discount ===
Ruth offers the ten per cent, as agreed. Neat, professional, no warmth in it. #clear
That's kind. But Martin isn't really arguing about price. He says twelve homes is a nice-to-have, and he's cutting nice-to-haves. #speaker: Grace #mood: tense
Ruth's eyes flick to your square. It's her deal, and your price. She is waiting to be told. #decision: Penrose call: Ruth waits #readiness: Ruth R3 #debrief: What did Grace tell you when she said it wasn't about price? #debrief: Who was running this call when Ruth looked at you, and who decided that? #debrief: What would you want Ruth to do the next time a buyer says "nice-to-have"?
+ [Unmute and ask Grace what would make it more than a nice-to-have #lead:pull=2 #manage:control #approach:none]
    Grace thinks about it. #clear
    Agency staff. We spent 1.9 million on agency nurses last year. Twelve homes was me trying to prove it small. #speaker: Grace #mood: thoughtful
    Ruth takes it from there, a little stiffly. It was her next question.
    ~ pp_heard = true
    ~ lower(morale, 5)
    ~ raise(customer, 15)
    -> found
+ [Message Ruth in the chat: forget your ten per cent, what does she want to do? You'll back her #lead:empower #lead:ask #approach:support]
    Ruth reads it. Something in her shoulders lets go. #clear
    Grace, forget the ten per cent for a second. What would make this more than a nice-to-have? #speaker: Ruth #mood: thoughtful
    Agency staff. We spent 1.9 million on agency nurses last year. Twelve homes was me trying to prove it small. #speaker: Grace #mood: thoughtful
    ~ pp_heard = true
    ~ raise(morale, 10)
    ~ raise(customer, 15)
    -> found
+ [Stay muted. It's Ruth's call now #lead:empower=2 #approach:delegate]
    Ruth waits a beat for you to say something. You don't. #clear
    She takes the discount off the screen herself. #clear
    Grace, what would make this more than a nice-to-have? #speaker: Ruth #mood: thoughtful
    Agency staff. We spent 1.9 million on agency nurses last year. Twelve homes was me trying to prove it small. #speaker: Grace #mood: thoughtful
    ~ pp_heard = true
    ~ raise(morale, 5)
    ~ raise(customer, 15)
    -> found
+ [Unmute and sweeten it: free onboarding on top, if Martin signs by Friday #manage:push=2 #manage:control #approach:none]
    Grace raises her eyebrows. #clear
    Free onboarding as well? All right. Let me get it in front of Martin today. #speaker: Grace #mood: pleased
    After the call, Ruth stops by your desk. #clear
    You didn't need the onboarding. She was there at ten. #speaker: Ruth #mood: annoyed
    ~ lower(morale, 10)
    ~ lower(customer, 5)
    -> signed

=== call_ruth ===
~ pp_heard = true
Ruth doesn't open the proposal. She asks about agency staff, and Grace starts talking. #clear
We spent 1.9 million on agency nurses last year. Twelve homes was me trying to prove it small. #speaker: Grace #mood: thoughtful
Then Grace stops, and looks at her watch. #clear
Look. If you can do something on price, I could probably get twelve homes past Martin this week. #speaker: Grace #mood: neutral
Ruth doesn't answer straight away. #readiness: Ruth R4 #debrief: What was Grace offering you, and what was she giving up to offer it? #debrief: How did Ruth's way into the call change what Grace told you? #debrief: When will you step into a rep's call next time, and when will you stay muted? #decision: Grace asks for a price cut
+ [Stay muted and let Ruth keep going #lead:empower=2 #lead:pull #approach:delegate]
    ~ raise(morale, 10)
    ~ raise(customer, 5)
    Ruth shakes her head. #clear
    Then twelve homes is the wrong proposal. Let me build the case for all forty, from your own agency figures, in time for April's board. #speaker: Ruth #mood: thoughtful
    If you do that, I'll walk it into Martin's office myself. #speaker: Grace #mood: pleased
    -> found
+ [Unmute and take her up on it: ten per cent if Martin signs twelve homes by Friday #manage:push=2 #manage:control=2 #approach:none]
    Ten? Then yes. Twelve homes, Friday. I'll square Martin. #clear #speaker: Grace #mood: relieved
    Ruth's question about the other twenty-eight homes sits on the call, unanswered.
    We had her talking about agency staff. That was the real deal. #speaker: Ruth #mood: annoyed
    ~ lower(morale, 15)
    ~ lower(customer, 5)
    -> signed
+ [Message Ruth in the chat: take the twelve at ten per cent now, and keep the agency talk for April #manage:push #manage:tell #manage:control #approach:direct]
    Ruth reads it. Her jaw tightens, very slightly. #clear
    We can do ten per cent on twelve homes, signed by Friday. And I'd like to come back in April about the rest. #speaker: Ruth #mood: neutral
    Deal. Send it over. #speaker: Grace #mood: relieved
    ~ lower(morale, 10)
    -> signed

=== signed ===
~ pp_lead = 0 // read only by the call; cleared so the checker can merge states
~ pp_disc = true
~ pp_booked += 162
~ raise(results, 25)
~ lower(customer, 10)
Wednesday morning, Grace's signature comes through: twelve homes, 162k. #clear #scene: office #sfx: message
Tomás moves Penrose to closed-won.
That's the biggest gap in the quarter filled. #speaker: Tomás #mood: relieved
Grace's covering email ends with one more line: "I assume the same terms will apply at renewal?"
-> sam_notes

=== found ===
~ pp_lead = 0
~ pp_found = true
~ lower(results, 10)
Wednesday morning. Tomás moves Penrose to next quarter. #clear #scene: office
180k out of this quarter. But if Ruth's forty-home case lands, it's 520k in April. #speaker: Tomás #mood: thoughtful
Across the floor, Ruth has the Penrose monthly returns open on two screens.
-> sam_notes

=== sam_notes ===
{
- pp_sam == 1 && pp_disc:
    Sam brings his notebook over. Under CLOSE: "Ten per cent. Signed by Friday." Underlined. #clear
    So that's how you close a big one. #speaker: Sam #mood: pleased
- pp_sam == 1:
    Sam brings his notebook over. The page headed CLOSE is empty. #clear
    There wasn't one. But I wrote down the agency thing on the back. #speaker: Sam #mood: thoughtful
- pp_sam == 2 && pp_heard:
    Sam brings his notebook over. Under WHAT'S BROKEN?: "1.9 million on agency nurses. Prove it small." #clear
    She told us what she wanted to buy. We just had to ask. So next week I ask first, and demo second? #speaker: Sam #mood: pleased
- pp_sam == 2:
    Sam brings his notebook over. Under WHAT'S BROKEN? there is one line: "Nice-to-have. Martin is cutting them." #clear
    She never said what was broken. Nobody asked her. #speaker: Sam #mood: thoughtful
- pp_sam == 4:
    Sam brings his notebook over. Three pages: the magnets on Grace's board, the price, Martin's name, a drawing of the rota. #clear
    I got everything down. I'm just not sure which bits mattered. #speaker: Sam #mood: worried
}
// Only the notebook matters from here on; the rest is cleared so the checker can merge states.
~ pp_notes = pp_sam == 2 && pp_heard
~ pp_sam = 0
~ pp_heard = false
{
- pp_found:
    -> board_case
- else:
    -> dev
}

// ===========================================================================
// Wednesday lunchtime: the board paper (only when Penrose went to April)
// ===========================================================================
=== board_case ===
Just after one, Ruth pulls a chair up to your desk with her laptop. #clear
Grace rang. Martin will look at forty homes, but only on one page: what agency staff cost them now, what they'd cost with us, and the risk. #speaker: Ruth #mood: thoughtful
He sets April's board agenda on Thursday. If it isn't on his desk by then, it waits for July. #speaker: Ruth #mood: worried
She turns the laptop round. A spreadsheet, forty rows, nothing else. #clear
Fourteen years, and I've never written a board paper. I sell to people who run care homes. I don't know what a finance director reads first. #speaker: Ruth #mood: worried
She is keen, for the first time in a year. She has also never done this. #decision: Ruth's first board paper #readiness: Ruth R2 #debrief: Ruth ran Penrose on her own on Monday. Why did she need something different from you on Wednesday? #debrief: What did the board paper need from you, and what did it need from Ruth? #debrief: Where else on your team is an able person new to one part of the job?
+ [Ask her how she'd like to go about it and what she needs from you, and back her plan #lead:ask #lead:empower #approach:support]
    ~ pp_case = 2
    ~ raise(morale, 5)
    She thinks about it. #clear
    Can I have tonight to look at how Grace's own reports are laid out? I'll have something by tomorrow. #speaker: Ruth #mood: thoughtful
    You tell her that's fine. She stays until seven.
+ [Write the page yourself tonight from her spreadsheet, and send it to Grace with Ruth copied #manage:control=2 #approach:none]
    ~ pp_case = 4
    ~ pp_wrote = true
    ~ pp_date = true
    ~ lower(morale, 10)
    It takes you until eleven. It's a good page. #clear
    Ruth reads it on Thursday morning, at her desk, with her coat still on. #clear
    It's good. It's yours. #speaker: Ruth #mood: neutral
+ [Sit down with her for an hour: tell her what Martin will look for first and why, sketch the page together, then ask how she'd answer his hardest question #manage:control #lead:ask #approach:coach]
    ~ pp_case = 1
    ~ pp_date = true
    ~ raise(morale, 5)
    ~ raise(customer, 5)
    You tell her what most finance directors read first: the cost of doing nothing. Then the payback, then the risk. #clear
    You sketch it on the back of a printout. Then you ask what Martin will say when he reads it.
    That we'll never get agency spend down by a third. #speaker: Ruth #mood: thoughtful
    She finds the answer in her own spreadsheet: the two homes where it already fell by half. #clear
    The page goes to Grace at nine that night, in Ruth's words.
+ [Tell her she knows Penrose better than anyone: it's her case, her way, and you'll read it when it's done #lead:empower=2 #approach:delegate]
    ~ pp_case = 3
    My way. Right. #clear #speaker: Ruth #mood: thoughtful
    At midnight she sends Grace a twenty-slide deck: the platform, the screens, two case studies, and the forty rows at the back.
- -> dev

// ===========================================================================
// Wednesday afternoon: Dev's close
// ===========================================================================
=== dev ===
Dev drops into the chair beside your desk. #clear
{pp_found:You let a signature walk? In the last week? Brave.|Told you. Ten per cent and a deadline.} #speaker: Dev #mood: pleased
Anyway. Ashby Motor Group: 220k, six dealerships. They'll sign Friday if I give them twenty per cent. Anything over fifteen needs your OK. #speaker: Dev #mood: neutral
He's already got the order form open on his phone. #clear
Dev has never lost a deal he wanted. He has also never sold one at list price. #decision: Dev wants twenty per cent #readiness: Dev R3 #debrief: Was this a decision about Dev's closing, or about his pricing, and why does it matter which? #debrief: What did your answer tell Dev about how you want the team to sell? #debrief: How will you handle the next discount request from your best closer?
+ [Hold the cap: approve fifteen, not twenty, and join his Friday call to make sure it stays there #manage:detail #manage:control=2 #manage:tell #approach:direct]
    ~ pp_dev = 2
    You want to sit in on my call. #clear #speaker: Dev #mood: annoyed
    It isn't a question. He goes back to his desk and doesn't speak to you for the rest of the day.
    ~ pp_booked += 187
    ~ raise(results, 20)
    ~ lower(morale, 10)
+ [Ask him what Ashby actually loses if they wait until next quarter, then leave the call to him #lead:ask #lead:pull #lead:empower #approach:support]
    ~ pp_dev = 3
    Nothing. That's why they need a push. #clear #speaker: Dev #mood: annoyed
    He stops. Thinks.
    Well. Their new Leeds site opens in May. If we're not live by then, they run it on spreadsheets. #speaker: Dev #mood: thoughtful
    He goes back to his desk and rings Ashby. He doesn't mention twenty per cent again.
    ~ pp_booked += 110
    ~ raise(results, 10)
    ~ raise(customer, 5)
    ~ raise(morale, 5)
+ [Approve the twenty. He knows Ashby, and the quarter needs it #manage:push=2 #approach:delegate]
    ~ pp_dev = 1
    Knew you'd get it. #clear #speaker: Dev #mood: pleased
    He's on the phone to Ashby before he's back at his desk.
    ~ pp_booked += 176
    ~ raise(results, 20)
    ~ raise(morale, 5)
+ [Say no to twenty, and say why: a Friday discount teaches Ashby to wait for the next Friday. Tell him to offer full price with a May start, and ask how he'd sell the earlier date #manage:control #lead:pull #lead:ask #approach:coach]
    ~ pp_dev = 4
    Full price. In the last week. #clear #speaker: Dev #mood: annoyed
    He turns it over anyway.
    Their finance lot hate paying for anything before it's live. If we start in May, they pay in May. That I can sell. #speaker: Dev #mood: thoughtful
    Not by Friday, though. You've just moved 220 into next quarter. #speaker: Dev #mood: neutral
    ~ raise(customer, 5)
- -> helen

// ===========================================================================
// Thursday: Helen
// ===========================================================================
=== helen ===
{
- pp_case == 1 || pp_case == 4:
    Thursday, nine o'clock. Grace's email is short. "Martin has put forty homes on the April board: the 14th. See you there." #clear #sfx: message
- pp_case == 2:
    Thursday, ten o'clock. Ruth's page is nearly there: clear, and hers. #clear
    Grace emails to remind her that Martin closes the April agenda at noon. Ruth says she needs until two.
- pp_case == 3:
    Thursday, nine o'clock. Grace's reply to the deck is polite. "Martin will want a page of numbers, not slides. His agenda closes at noon." #clear
}
Thursday, eleven o'clock. Helen's face fills your screen. #clear #scene: video-call #music: tense
{
- pp_disc:
    -> helen_more
- else:
    -> helen_gap
}

=== helen_more ===
Penrose in. Good. #speaker: Helen #mood: pleased
But the region's still short. Do what you did at Penrose: ten per cent to anything your team can get signed by Friday. #speaker: Helen #mood: tense
Tomás, on the call, scrolls quietly through next quarter's pipeline. Your team is at {thousands(pp_booked)} against 1,100k. #decision: Helen's ten per cent for all #debrief: What did Helen ask for, and what was she really worried about? #debrief: What does a deadline discount do for this quarter, and for the next one? #debrief: What will you say the next time your boss asks you to discount across the board?
+ [Tell Helen no blanket discount: it teaches every buyer to wait for the last Friday. Trust the team to close what's ready #lead:direction #lead:pull=2 #lead:empower]
    {
    - pp_booked >= 1100:
        ~ raise(morale, 5)
        ~ raise(customer, 5)
        Helen is quiet for a moment. #clear
        Your team's made its number. Fine. I'll find it somewhere else. #speaker: Helen #mood: annoyed
        Tomás types something into his notes and doesn't look up.
    - else:
        -> helen_blanket
    }
+ [Do it: ten per cent for anything signed by Friday, and you'll sign off each one yourself #manage:push=2 #manage:detail #manage:control]
    ~ pp_blanket = true
    ~ pp_booked += 70
    ~ raise(results, 10)
    ~ lower(customer, 10)
    ~ lower(morale, 5)
    That's what I need. #clear #speaker: Helen #mood: pleased
    By Friday afternoon, three small deals from next quarter have signed early, at ten per cent off. Ruth watches the announcement go round and says nothing.
+ [Tell Helen you'll ask each rep which buyers have a real reason to sign this week, and let them make the call #lead:empower=2 #lead:pull]
    ~ raise(morale, 5)
    Fine. But I want names by tonight. #clear #speaker: Helen #mood: neutral
    The reps send their lists by four. Nobody has a buyer with a reason to sign this week. Everyone has one for next month.
    You send Helen the lists, with the reasons. She reads them, and lets it go.
- -> friday

// Helen overrules a flat no when the team is still short.
=== helen_blanket ===
You're {1100 - pp_booked}k short and you're telling me no? #clear #speaker: Helen #mood: annoyed
I'm not asking. I'll send it to your team myself. #speaker: Helen #mood: tense
At two o'clock her email goes to every rep on your team: ten per cent off anything signed by Friday. You are copied in.
~ pp_blanket = true
~ pp_helen_sent = true
~ pp_booked += 70
~ raise(results, 10)
~ lower(customer, 10)
~ lower(morale, 5)
-> friday

=== helen_gap ===
Penrose slipped? That was 180 in my number. #speaker: Helen #mood: annoyed
Go back to them with ten per cent and get it signed. I don't care about April. I care about Friday. #speaker: Helen #mood: tense
{pp_date:Grace's email about the April board is open on the screen beside you.|Ruth's forty-home spreadsheet is open on the screen beside you. Nothing from Martin yet.} #decision: Helen: Penrose slipped #debrief: What did Helen need to hear to trust a bigger deal next quarter? #debrief: What would a discount now have told Grace about what she said on Tuesday? #debrief: How will you tell your boss a deal is worth waiting for, and what will you bring when you do?
+ [Bring Ruth onto the call to tell Helen what she found #lead:empower=2 #lead:pull]
    {
    - pp_date:
        ~ raise(morale, 10)
        ~ raise(customer, 5)
        Ruth pulls up a chair and walks Helen through it: the agency spend, the forty homes, the board on the 14th. #clear
        How long have you known this? #speaker: Helen #mood: thoughtful
        Since Tuesday. Grace only said it because we stopped pitching. #speaker: Ruth #mood: pleased
        Fine. April. This quarter's miss is yours, though. #speaker: Helen #mood: neutral
    - else:
        Ruth pulls up a chair and walks Helen through it: the agency spend, the forty homes, April's board. #clear
        Is it on the board's agenda? #speaker: Helen #mood: neutral
        Not yet. #speaker: Ruth #mood: worried
        ~ raise(morale, 5)
        -> helen_overrules
    }
+ [Hold the line: take Helen through the forty-home case yourself, and put your own name to this quarter's miss #lead:direction #lead:pull=2]
    {
    - pp_date:
        ~ raise(customer, 5)
        You take her through it: 1.9 million a year on agency nurses, forty homes, the board on the 14th. #clear
        520. If it lands. #speaker: Helen #mood: thoughtful
        I'll hold you to that. And this quarter's miss has your name on it, not Ruth's. #speaker: Helen #mood: annoyed
    - else:
        You take her through it: 1.9 million a year on agency nurses, forty homes, April's board. #clear
        -> helen_overrules
    }
+ [Do what she asks: ring Grace yourself with the ten per cent, for twelve homes by Friday #manage:push=2 #manage:detail #manage:control]
    ~ pp_late = true
    -> late_discount
- -> friday

// Helen overrules you when you push back with nothing in writing.
=== helen_overrules ===
A spreadsheet and a maybe. I can't take a maybe upstairs. #clear #speaker: Helen #mood: annoyed
I'll ring Martin myself. #speaker: Helen #mood: tense
She does, at two. By four, Martin has agreed twelve homes at ten per cent, signed by Friday. #clear
At five, Grace rings Ruth. Ruth puts her on speaker. #scene: office #sfx: phone
I heard it from Martin. I thought we were building something for April. #speaker: Grace #mood: annoyed
~ pp_overruled = true
~ pp_disc = true
~ pp_booked += 162
~ raise(results, 25)
~ lower(customer, 20)
~ lower(morale, 5)
-> friday

=== late_discount ===
You ring Grace at twelve. She listens to the whole offer. #clear #scene: office #sfx: phone
I thought we were building something for April. #speaker: Grace #mood: annoyed
She's quiet for a long moment. #clear
Fine. Twelve homes, ten per cent. I'll get Martin to sign. The rest can wait. #speaker: Grace #mood: neutral
Ruth heard your half of the call. She closes the agency spreadsheet.
~ pp_disc = true
~ pp_booked += 162
~ raise(results, 25)
~ lower(customer, 20)
~ lower(morale, 15)
-> friday

// ===========================================================================
// Friday: the quarter closes
// ===========================================================================
=== friday ===
~ pp_case = 0 // read only up to Thursday; cleared so the checker can merge states
~ pp_date = false
Friday, the last day of the quarter. #clear #scene: office #music: calm
{
- pp_dev == 2:
    Ashby signs at fifteen per cent off: 187k. You were on the call. Dev did all the talking.
- pp_dev == 3:
    Ashby signs the first three dealerships at full price: 110k, live before Leeds opens. The other three are due in May.
- pp_dev == 4:
    Ashby's finance director says yes to six dealerships at full price, starting in May. The paperwork will be signed on Tuesday, in next quarter.
- else:
    At twenty to twelve, Ashby signs at twenty per cent off: 176k. Dev rings a bell nobody knew he owned.
}
At five o'clock, Tomás sends the final roll-up. #clear
{
- pp_booked >= 1100:
    The team lands at {thousands(pp_booked)} against 1,100k. Quarter made. #speaker: Tomás #mood: pleased
- else:
    The team lands at {thousands(pp_booked)} against 1,100k. Short by {1100 - pp_booked}k. #speaker: Tomás #mood: worried
}
{
- pp_booked >= 1100:
    Helen's message is one word. "Good."
- pp_overruled:
    Helen's message is short. "Twelve homes is better than none. Monday."
- pp_found && not pp_late:
    Helen's message is short. "The 14th of April had better be worth it."
- else:
    Helen's message is short. "We'll talk on Monday."
}
-> monday

// ===========================================================================
// Monday: the team meeting
// ===========================================================================
=== monday ===
Monday, nine o'clock. The whole team in the meeting room, coffee and the quarter's numbers on the screen. #clear #scene: meeting-room #music: calm
{
- pp_dev >= 3 && pp_disc:
    The biggest close is Penrose: 162k, signed at ten per cent off.
- pp_dev == 3:
    The biggest close is Ashby: 110k, full price, with three more dealerships in May.
- pp_dev == 4:
    The biggest close is a 64k renewal of Priya's. Ashby signs tomorrow, at full price, in the new quarter.
- else:
    The biggest close is Dev's Ashby: {pp_dev == 2:187k|176k}, signed on the last Friday.
}
{
- pp_found && not pp_late:
    The best piece of discovery is Ruth's: forty homes and 1.9 million in agency spend, due at Penrose's board in April.
- pp_notes:
    The best piece of discovery is in Sam's notebook: a page headed WHAT'S BROKEN?, in Grace's own words.
- pp_dev == 3:
    The best piece of discovery is Dev's: a new site in Leeds that gave Ashby a reason to sign.
- else:
    The best piece of discovery is Priya's: an hour with a buyer's warehouse team last week. The deal is still open.
}
Everyone is waiting to hear what you single out. #clear #debrief: What did you praise, and what did the team hear? #debrief: Which habit will this praise spread next quarter? #debrief: What would you want the team to copy from this quarter, and how will they know? #decision: What to praise
+ [Ask the team what they'd steal from each other's quarter, and let them pick #lead:ask #lead:empower=2]
    ~ pp_praise = 3
    -> praise_team
+ [Praise the biggest close, and put how it was closed on the screen for everyone to copy #manage:push=2 #manage:control]
    ~ pp_praise = 1
    -> praise_close
+ [Praise the best discovery work, and ask its owner to walk the team through it, their way #lead:pull=2 #lead:empower]
    ~ pp_praise = 2
    -> praise_discovery

=== praise_close ===
{
- pp_dev >= 3 && pp_overruled:
    You walk through the Penrose close: Helen's call to Martin, the ten per cent, the signature. Ruth studies the table. #clear
- pp_dev >= 3 && pp_disc:
    You walk through the Penrose close: the deadline, the ten per cent, the signature. #clear
- pp_dev == 3:
    You walk through the Ashby close: 110k, full price, signed on the last day. Dev takes a small bow. #clear
- pp_dev == 4:
    You walk through Priya's renewal: on time, full price, no drama. Priya goes pink. #clear
- else:
    You walk through Dev's close: the deadline, the discount, the signature. Dev takes a small bow. #clear
}
Sam copies it all into his notebook, line by line.
{
- pp_found && not pp_late:
    ~ lower(morale, 15)
    Ruth looks at her Penrose spreadsheet on her laptop, then closes the lid.
- else:
    ~ lower(morale, 5)
    Ruth checks her phone.
}
-> ending

=== praise_discovery ===
~ raise(morale, 10)
{
- pp_found && not pp_late:
    Ruth walks the team through how Grace went from twelve homes to forty. She's funnier about it than anyone expected.
- pp_notes:
    Sam reads Grace's words from his notebook, going red. Ruth adds what she'd have asked next.
- pp_dev == 3:
    Dev tells the Leeds story, grudgingly, then with some relish.
- else:
    Priya talks the team through her hour with the warehouse team. Ruth asks her two sharp questions.
}
{pp_dev <= 2:Dev folds his arms. "And who closed the biggest deal?"|Sam writes down every question.}
-> ending

=== praise_team ===
~ raise(morale, 5)
You ask each rep what they'd steal from someone else's quarter. #clear
{
- pp_found && not pp_late:
    Ruth's forty homes. Obviously. #speaker: Dev #mood: neutral
    Sam wants Ruth's first question. Priya wants to know how Ruth got Grace to give her the agency figures.
- pp_dev <= 2:
    Dev's Friday-at-five trick. #speaker: Sam #mood: pleased
    Priya nods. Even Ruth says the deadline was well timed. Nobody mentions what it cost.
- else:
    The way we closed Penrose. Ten per cent and a date. #speaker: Sam #mood: pleased
    Dev grins. Priya writes it down. Nobody mentions what it cost.
}
-> ending

// ===========================================================================
// Endings
// ===========================================================================
=== ending ===
{
- morale < 30:
    -> end_checked_out
- pp_overruled:
    -> end_overruled
- pp_late:
    -> end_traded_down
- pp_disc && (pp_blanket || pp_praise != 2):
    -> end_discount_habit
- pp_disc:
    -> end_closed_at_a_price
- else:
    -> end_bigger_next_quarter
}

=== end_checked_out ===
Two weeks later, Tomás stops by your desk and lowers his voice. #clear #music: off
Ruth's on the shortlist for the key-accounts job in the northern region. I thought you'd want to know before Helen tells you. #speaker: Tomás #mood: worried
You didn't know. Ruth is at her desk, earbuds in, doing good deals, quietly. She goes home at five. #ending: ruth-checks-out
-> END

=== end_traded_down ===
In April, Penrose's board meets without a proposal from you. #clear #music: off #sfx: message
Grace sends a polite email: the forty-home project is "on hold while we review suppliers".
Ruth reads it and forwards it to you without a comment. #ending: traded-down
-> END

=== end_overruled ===
In April, Penrose's board says yes to the other twenty-eight homes. #clear #music: calm
Martin's note comes with the order: "At ten per cent, as with the first twelve." #sfx: message
Ruth reads it twice. #clear
Helen's ten per cent is going to follow this account around for years. You did try. #speaker: Ruth #mood: neutral
She's already booked the kick-off with Grace. #ending: overruled
-> END

=== end_discount_habit ===
Six weeks into the new quarter, Tomás turns his screen towards you. #clear #music: off
{pp_helen_sent:Helen's Friday email is still pinned in the team chat.}
Look at the close dates. #speaker: Tomás #mood: worried
Nearly every deal in the pipeline sits on the last Friday of the quarter. Three buyers have already asked what the end-of-quarter offer will be.
{pp_booked >= 1100:Last quarter, you made the number.|Last quarter, you still missed.} This one is already waiting for its discount. #ending: discount-habit
-> END

=== end_closed_at_a_price ===
Six weeks into the new quarter, Penrose's twelve homes are live. #clear #music: calm
Grace's rota board has fewer magnets on it. She's pleased, and she says so.
Her renewal notes in the CRM say: "10% at renewal, as agreed." Nobody agreed it. #clear
{pp_booked >= 1100:The number was made. It cost what it cost.|The number was missed anyway, by less than it might have been.} #ending: closed-at-a-price
-> END

=== end_bigger_next_quarter ===
{
- pp_wrote:
    Seven weeks later, on a Tuesday, Grace rings you from outside Penrose's boardroom. Not Ruth: it was your page. #clear #sfx: phone #music: hopeful
    All forty homes. Full price. Martin asked if we could start in May. #speaker: Grace #mood: pleased
    You walk over to tell Ruth. She nods, and says well done, and goes back to her renewals. #clear
- else:
    Seven weeks later, on a Tuesday, Grace rings Ruth from outside Penrose's boardroom. #clear #sfx: phone #music: hopeful
    All forty homes. Full price. Martin asked if we could start in May. #speaker: Grace #mood: pleased
    Ruth comes over to tell you herself. It's the first time in a year you've seen her run. #clear
}
{pp_praise == 1 && pp_dev <= 2:Tomás mentions, later, that three of this quarter's deals have already moved their close dates to the last Friday.}
{pp_booked >= 1100:Last quarter was made anyway.|Last quarter was still a miss, and Helen still mentions it.} This one is made in week seven. #ending: bigger-next-quarter
-> END
