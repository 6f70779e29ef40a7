// stories/common/cast.ink
// Shared definitions for every "Manage or Lead?" scenario.
//
// INCLUDE this file at the top of a scenario, after the scenario's global tags:
//     INCLUDE common/cast.ink
// It must never print anything: CONSTs, VARs and functions only.
// No story text, no knots, no diverts.

// ---- The cast -------------------------------------------------------------
// docs/cast.md is the cast bible: years, pronouns, accounts and readiness by
// task. These comments are a reminder; the bible wins where they differ.
// You: the regional sales manager, in your third quarter with this team: six
// in the office (four reps, Tomás and you) and two reps who work the northern
// patch from home (Callum and Lorna). Always second person ("you"); your words
// go in narration lines, which carry no speaker tag.
// Use these first names in `#speaker:` tags. Readiness is per person PER TASK,
// in Hersey's words: R1 unable and unwilling or insecure; R2 unable but willing
// or confident; R3 able but unwilling or insecure; R4 able, willing, confident.

CONST RUTH = "Ruth"     // Ruth Okafor, she, 14 years: veteran; R4 on her accounts and on mentoring, bored not unwilling
CONST DEV = "Dev"       // Dev Malhotra, he, 7 years: star closer; R4 closing, R3 on the CRM and the discount cap
CONST SAM = "Sam"       // Sam Lindqvist, he, first three months: keen new hire; R2 (willing, not yet able), R1 on a hard question
CONST PRIYA = "Priya"   // Priya Nair, she, 5 years: lost her confidence; R3 (able but insecure) on her deals, R2 with a CFO
CONST TOMAS = "Tomás"   // Tomás Ruiz, he, 11 years: sales operations; runs the CRM, the roll-up and the forecast
CONST CALLUM = "Callum" // Callum Reid, he, 3 years, the northern patch: R4 on the CRM and records, R2 (unable but confident) running a first meeting
CONST LORNA = "Lorna"   // Lorna Gillespie, she, 10 years, the northern patch: R4 on her customers, R3 (able but unwilling) keeping the record
CONST HELEN = "Helen"   // Helen Park, she: your boss, the regional director; wants the number, and can say no

// ---- The meters -----------------------------------------------------------
// Integers, 0..100. A scenario lists the ones it shows in `# meters:` and may
// set a different starting value in its first knot.

VAR trust = 50      // how far the team, and the rep in the story, trust you
VAR pipeline = 50   // how real and healthy the forecast is
VAR morale = 50     // how the team feels about the work
VAR results = 50    // this quarter's number: how close the team is to target
VAR customer = 50   // how far the buyer in the story trusts you and your team
VAR credibility = 50 // how far Helen believes your numbers and your judgement

CONST METER_MIN = 0
CONST METER_MAX = 100

// ---- Helpers (integer maths only) -----------------------------------------

// Keep a value inside METER_MIN..METER_MAX.
=== function clamp(x) ===
~ return MAX(METER_MIN, MIN(METER_MAX, x))

// ~ raise(trust, 10)   adds, and stops at 100
=== function raise(ref meter, by) ===
~ meter = clamp(meter + by)

// ~ lower(morale, 5)   subtracts, and stops at 0
=== function lower(ref meter, by) ===
~ meter = clamp(meter - by)
