// stories/common/cast.ink
// Shared definitions for every "Manage or Lead?" scenario.
//
// INCLUDE this file at the top of a scenario, after the scenario's global tags:
//     INCLUDE common/cast.ink
// It must never print anything: CONSTs, VARs and functions only.
// No story text, no knots, no diverts.

// ---- The cast -------------------------------------------------------------
// You: the new-ish regional sales manager of a six-person team. Always second
// person ("you"); your words go in narration lines, which carry no speaker tag.
// Use these first names in `#speaker:` tags. The readiness shown is each
// person's usual level; a decision may declare a different one when the story
// earns it (e.g. `#readiness: Priya R3`).

CONST RUTH = "Ruth"     // Ruth Okafor: veteran, able and willing but bored (R4)
CONST DEV = "Dev"       // Dev Malhotra: star closer, able but resists process (R3)
CONST SAM = "Sam"       // Sam Lindqvist: keen new hire, willing but not yet able (R1)
CONST PRIYA = "Priya"   // Priya Nair: capable rep who lost confidence after a bad quarter (R2)
CONST TOMAS = "Tomás"   // Tomás Ruiz: steady operator, runs the CRM and the forecasts
CONST HELEN = "Helen"   // Helen Park: your boss, the regional director, who wants the number

// ---- The meters -----------------------------------------------------------
// Integers, 0..100. A scenario lists the ones it shows in `# meters:` and may
// set a different starting value in its first knot.

VAR trust = 50      // how far the team, and the rep in the story, trust you
VAR pipeline = 50   // how real and healthy the forecast is
VAR morale = 50     // how the team feels about the work
VAR results = 50    // this quarter's number: how close the team is to target
VAR customer = 50   // how far the buyer in the story trusts you and your team

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
