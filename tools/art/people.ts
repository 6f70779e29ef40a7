/**
 * Who the people are, as drawing parameters. Each is told apart at a glance by a silhouette (hair),
 * a colour (clothes) and one or two details (glasses, a beard, a lanyard), never by a caricature.
 */
import type { PersonId } from '../../src/presentation/assets/asset-names.ts';

export type HairStyle = 'crop' | 'quiff' | 'tousled' | 'long' | 'curly' | 'bob' | 'wavy' | 'bun' | 'bald';
export type Outfit = 'cardigan' | 'blazer' | 'shirt-lanyard' | 'blouse' | 'quarter-zip' | 'jumper-tie';

export interface PersonSpec {
  readonly skin: string;
  readonly hair: { readonly style: HairStyle; readonly colour: string; readonly accent: string };
  readonly brows: { readonly colour: string; readonly weight: number };
  readonly eyes: string;
  readonly lips: string;
  readonly beard?: { readonly kind: 'short' | 'moustache' | 'full'; readonly colour: string };
  readonly glasses?: { readonly shape: 'round' | 'square'; readonly colour: string };
  readonly earrings?: { readonly kind: 'stud' | 'hoop'; readonly colour: string };
  readonly outfit: { readonly kind: Outfit; readonly main: string; readonly inner: string; readonly accent: string };
  /** Half the face's width at the cheekbones, half its width at the jaw, and where the chin is. */
  readonly face: { readonly width: number; readonly jaw: number; readonly chin: number };
  /** Smile and eye lines: 0 (20s) … 1 (60s). */
  readonly age: number;
  readonly freckles?: boolean;
}

export const PEOPLE_SPECS: Readonly<Record<PersonId, PersonSpec>> = {
  ruth: {
    skin: '#7a4b33',
    hair: { style: 'crop', colour: '#4a4444', accent: '#9a938e' },
    brows: { colour: '#3a3030', weight: 8 },
    eyes: '#221819',
    lips: '#4a2a24',
    glasses: { shape: 'round', colour: '#c99a4a' },
    earrings: { kind: 'hoop', colour: '#d9a84a' },
    outfit: { kind: 'cardigan', main: '#7a3b5c', inner: '#efe2c8', accent: '#5e2c46' },
    face: { width: 98, jaw: 70, chin: 386 },
    age: 0.8,
  },
  dev: {
    skin: '#a8704a',
    hair: { style: 'quiff', colour: '#1f1a1c', accent: '#3d3438' },
    brows: { colour: '#1f1a1c', weight: 10 },
    eyes: '#1d1516',
    lips: '#5a3026',
    beard: { kind: 'short', colour: '#241d1f' },
    outfit: { kind: 'blazer', main: '#2b3a5c', inner: '#f4f1ea', accent: '#223049' },
    face: { width: 96, jaw: 72, chin: 390 },
    age: 0.25,
  },
  sam: {
    skin: '#f3d3b8',
    hair: { style: 'tousled', colour: '#d8b068', accent: '#b88c44' },
    brows: { colour: '#a37a45', weight: 7 },
    eyes: '#2c2a36',
    lips: '#9a5a4e',
    outfit: { kind: 'shirt-lanyard', main: '#a9c9e8', inner: '#0f6b73', accent: '#f2a93b' },
    face: { width: 94, jaw: 66, chin: 384 },
    age: 0,
    freckles: true,
  },
  priya: {
    skin: '#b67c54',
    hair: { style: 'long', colour: '#241a1a', accent: '#4a3430' },
    brows: { colour: '#231a1a', weight: 7.5 },
    eyes: '#1d1516',
    lips: '#6e3a30',
    earrings: { kind: 'stud', colour: '#e3b45a' },
    outfit: { kind: 'blouse', main: '#b5532f', inner: '#e3b45a', accent: '#94401f' },
    face: { width: 92, jaw: 62, chin: 382 },
    age: 0.2,
  },
  tomas: {
    skin: '#d4a27b',
    hair: { style: 'curly', colour: '#3b2b23', accent: '#8f847c' },
    brows: { colour: '#33251e', weight: 9 },
    eyes: '#241a17',
    lips: '#7a4536',
    beard: { kind: 'moustache', colour: '#3b2b23' },
    glasses: { shape: 'square', colour: '#25211f' },
    outfit: { kind: 'quarter-zip', main: '#5d6b3a', inner: '#f4f1ea', accent: '#4b572e' },
    face: { width: 99, jaw: 76, chin: 390 },
    age: 0.45,
  },
  helen: {
    skin: '#eec9a6',
    hair: { style: 'bob', colour: '#221d20', accent: '#b2b0b8' },
    brows: { colour: '#2a2326', weight: 7 },
    eyes: '#221a1c',
    lips: '#8c4a44',
    earrings: { kind: 'stud', colour: '#f4efe6' },
    outfit: { kind: 'blazer', main: '#3b3f4a', inner: '#0f6b73', accent: '#2f323b' },
    face: { width: 94, jaw: 64, chin: 384 },
    age: 0.75,
  },
  grace: {
    skin: '#f0c6ae',
    hair: { style: 'wavy', colour: '#e6e2dc', accent: '#bdb6ae' },
    brows: { colour: '#a8a09a', weight: 7 },
    eyes: '#2a2630',
    lips: '#a0584e',
    glasses: { shape: 'round', colour: '#8a5a3a' },
    outfit: { kind: 'cardigan', main: '#4f7d5c', inner: '#f3ead8', accent: '#3e6549' },
    face: { width: 95, jaw: 66, chin: 384 },
    age: 1,
  },
  joanna: {
    skin: '#8f5c3c',
    hair: { style: 'bun', colour: '#2a1d1a', accent: '#4a3530' },
    brows: { colour: '#2a1d1a', weight: 7.5 },
    eyes: '#1d1516',
    lips: '#5e3026',
    earrings: { kind: 'hoop', colour: '#e3b45a' },
    outfit: { kind: 'blazer', main: '#d9674c', inner: '#f3ead8', accent: '#b8513a' },
    face: { width: 93, jaw: 64, chin: 384 },
    age: 0.4,
  },
  gareth: {
    skin: '#ecb99a',
    hair: { style: 'bald', colour: '#9f9893', accent: '#bdb7b1' },
    brows: { colour: '#8c847e', weight: 9 },
    eyes: '#2a2630',
    lips: '#a0574b',
    beard: { kind: 'full', colour: '#a39d97' },
    outfit: { kind: 'jumper-tie', main: '#283655', inner: '#dde7f1', accent: '#7b2d3b' },
    face: { width: 100, jaw: 78, chin: 392 },
    age: 0.8,
  },
};
