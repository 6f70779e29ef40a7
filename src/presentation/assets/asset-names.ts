/**
 * The names behind the game's art and sound: which scenes, people, moods, cues, ambiences and
 * music states exist, and how the words authors might write in a tag map onto them.
 *
 * Pure data, shared by the asset generators (tools/art, tools/audio) and by the manifest, so the
 * files on disk and the lookups can never disagree about what exists. No Phaser, no browser.
 */

/** Places a `#scene` tag can name; each has a background and an ambience loop. */
export const SCENES = ['office', 'meeting-room', 'video-call', 'cafe', 'car'] as const;
export type SceneId = (typeof SCENES)[number];

/** Other words for the same places, so a new story's `#scene: boardroom` still finds a room. */
export const SCENE_ALIASES: Readonly<Record<string, SceneId>> = {
  'sales-floor': 'office',
  floor: 'office',
  desk: 'office',
  'open-plan': 'office',
  'your-desk': 'office',
  boardroom: 'meeting-room',
  'conference-room': 'meeting-room',
  meeting: 'meeting-room',
  'one-to-one': 'meeting-room',
  call: 'video-call',
  video: 'video-call',
  'video-conference': 'video-call',
  'home-office': 'video-call',
  'coffee-shop': 'cafe',
  coffee: 'cafe',
  canteen: 'cafe',
  'car-park': 'car',
  'parking-lot': 'car',
  drive: 'car',
};

/** The people with portraits: the six of the team (stories/common/cast.ink) and the buyers met in the stories. */
export const PEOPLE = ['ruth', 'dev', 'sam', 'priya', 'tomas', 'helen', 'grace', 'joanna', 'gareth'] as const;
export type PersonId = (typeof PEOPLE)[number];

export interface PersonInfo {
  /** The name authors write in `#speaker:`. */
  readonly first: string;
  readonly full: string;
  /** A short description, used as the portrait's accessible text. */
  readonly description: string;
  /** Their signature clothing colour, for a name plate that matches the portrait. */
  readonly colour: string;
}

export const PERSON_INFO: Readonly<Record<PersonId, PersonInfo>> = {
  ruth: { first: 'Ruth', full: 'Ruth Okafor', description: 'Ruth Okafor, the veteran of the team: close-cropped grey hair, reading glasses, a plum cardigan', colour: '#7a3b5c' },
  dev: { first: 'Dev', full: 'Dev Malhotra', description: 'Dev Malhotra, the star closer: swept-back black hair, a trimmed beard, a navy blazer', colour: '#2b3a5c' },
  sam: { first: 'Sam', full: 'Sam Lindqvist', description: 'Sam Lindqvist, the new hire: fair tousled hair, a light blue shirt, a lanyard with his new badge', colour: '#3f7fb0' },
  priya: { first: 'Priya', full: 'Priya Nair', description: 'Priya Nair, an experienced rep: long dark hair, a rust-coloured blouse', colour: '#b5532f' },
  tomas: { first: 'Tomás', full: 'Tomás Ruiz', description: 'Tomás Ruiz, who runs the CRM and the forecast: dark curly hair, square glasses, an olive quarter-zip', colour: '#5d6b3a' },
  helen: { first: 'Helen', full: 'Helen Park', description: 'Helen Park, the regional director: a dark bob with a silver streak, a charcoal blazer', colour: '#3b3f4a' },
  grace: { first: 'Grace', full: 'Grace', description: 'Grace, a buyer: short silver hair, round glasses, a green cardigan', colour: '#4f7d5c' },
  joanna: { first: 'Joanna', full: 'Joanna Pike', description: 'Joanna Pike, a buyer: dark hair in a high bun, gold hoops, a coral jacket', colour: '#c8553d' },
  gareth: { first: 'Gareth', full: 'Gareth Wynn', description: 'Gareth Wynn, from the buyer\'s finance team: bald with a grey beard, a navy jumper and tie', colour: '#283655' },
};

/** Expressions every portrait has; a `#mood` tag picks one. */
export const MOODS = ['neutral', 'pleased', 'worried', 'annoyed', 'thoughtful', 'tense', 'defensive', 'relieved'] as const;
export type MoodId = (typeof MOODS)[number];

/** Moods a story might use that have no face of their own: each shows the closest one. */
export const MOOD_ALIASES: Readonly<Record<string, MoodId>> = {
  calm: 'neutral',
  flat: 'neutral',
  blank: 'neutral',
  happy: 'pleased',
  glad: 'pleased',
  smiling: 'pleased',
  amused: 'pleased',
  warm: 'pleased',
  proud: 'pleased',
  excited: 'pleased',
  grateful: 'relieved',
  reassured: 'relieved',
  hopeful: 'relieved',
  sad: 'worried',
  anxious: 'worried',
  nervous: 'worried',
  concerned: 'worried',
  unsure: 'worried',
  uncertain: 'worried',
  embarrassed: 'worried',
  scared: 'worried',
  angry: 'annoyed',
  irritated: 'annoyed',
  frustrated: 'annoyed',
  impatient: 'annoyed',
  cross: 'annoyed',
  curious: 'thoughtful',
  puzzled: 'thoughtful',
  doubtful: 'thoughtful',
  sceptical: 'thoughtful',
  skeptical: 'thoughtful',
  pensive: 'thoughtful',
  interested: 'thoughtful',
  stressed: 'tense',
  serious: 'tense',
  stern: 'tense',
  firm: 'tense',
  pressured: 'tense',
  guarded: 'defensive',
  hurt: 'defensive',
  stubborn: 'defensive',
  resistant: 'defensive',
  prickly: 'defensive',
};

/** Short sound cues a `#sfx` tag can name. */
export const CUES = ['phone', 'message', 'door', 'knock', 'call-join', 'call-end'] as const;
export type CueId = (typeof CUES)[number];

export const CUE_ALIASES: Readonly<Record<string, CueId>> = {
  ring: 'phone',
  ringtone: 'phone',
  'phone-ring': 'phone',
  call: 'phone',
  text: 'message',
  sms: 'message',
  email: 'message',
  notification: 'message',
  buzz: 'message',
  ping: 'message',
  'door-open': 'door',
  'door-close': 'door',
  'door-knock': 'knock',
  join: 'call-join',
  'call-start': 'call-join',
  leave: 'call-end',
  'call-leave': 'call-end',
  hangup: 'call-end',
  'hang-up': 'call-end',
};

/** What a caption says for each cue, for players who cannot hear it. */
export const CUE_CAPTIONS: Readonly<Record<CueId, string>> = {
  phone: 'A phone rings',
  message: 'A phone buzzes with a message',
  door: 'A door opens and closes',
  knock: 'A knock at the door',
  'call-join': 'The call connects',
  'call-end': 'The call ends',
};

/** Music states a `#music` tag can name, besides `off`. */
export const MUSIC_STATES = ['calm', 'tense', 'hopeful'] as const;
export type MusicState = (typeof MUSIC_STATES)[number];

/** `#music: off` (and these other words) mean silence. */
export const MUSIC_SILENCE = ['off', 'none', 'silence', 'stop'] as const;

export const MUSIC_ALIASES: Readonly<Record<string, MusicState>> = {
  quiet: 'calm',
  gentle: 'calm',
  neutral: 'calm',
  serious: 'tense',
  pressure: 'tense',
  suspense: 'tense',
  urgent: 'tense',
  warm: 'hopeful',
  upbeat: 'hopeful',
  resolved: 'hopeful',
  resolution: 'hopeful',
  ending: 'hopeful',
};
