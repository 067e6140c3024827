/**
 * Text the scaffolder (`npm run nieuw`) writes where staff still have to fill something in.
 * The content check warns about every field and body that still contains it.
 */
export const PLAATSHOUDER = 'NOG INVULLEN';
