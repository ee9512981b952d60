import type { z } from 'zod';
import type { Channel } from './channels';
import type { ChannelSpec } from './common';
import { assetContract } from './features/assets.contract';
import { dataContract } from './features/data.contract';
import { exportContract } from './features/export.contract';
import { fileContract } from './features/files.contract';
import { fontContract } from './features/fonts.contract';
import { proofContract } from './features/proofs.contract';

export { FileHandle } from './common';

/** Every feature's request/answer schemas; each feature owns its module under features/. */
export const contract = {
  ...fileContract,
  ...assetContract,
  ...dataContract,
  ...exportContract,
  ...fontContract,
  ...proofContract,
} satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
