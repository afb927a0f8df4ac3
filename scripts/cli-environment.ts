// Imported first by every command-line script: the environment is checked before anything else is
// loaded (app modules read it when they load), and a bad value stops the script with one sentence
// naming the variable and exit code 1 (server/environment.js has the rules).
import { environmentOrExit } from "../server/environment.js";

export const environment = environmentOrExit();
