// Entry point: Pulumi runs this through ts-node (package.json "main"); the returned object's keys are the stack outputs.
import { deploy } from "./program";

export = deploy();
