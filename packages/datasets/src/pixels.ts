/** Pixels are 8-bit levels k = 0…255 mapped to 2k/255 − 1: a grid of spacing 2/255 on [−1, 1], as diffusion models scale them. */
export const PIXEL_STEP = 2 / 255;
