// The zh-Hans catalogue, loaded only when the run's locale is zh-Hans (src/core/i18n/messages.ts).
import type { Messages } from '../../messages.js';
import { app } from './app.js';
import { cli } from './cli.js';
import { core } from './core.js';
import { plain } from './plain.js';

export const messages: Messages = { app, core, cli, plain };
