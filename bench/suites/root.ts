import { join } from "node:path";
import { PACKAGE_ROOT } from "../../pipeline/version";

/** ../shared beside the repository. */
export const sharedDir = (): string => join(PACKAGE_ROOT, "..", "shared");
