import * as crypto from "crypto";
import * as pulumi from "@pulumi/pulumi";

/**
 * A setting a function receives (docs/settings.md). `plain` goes into the environment as it is; `secret` goes into
 * the function's own secret store and the environment holds only a reference to it; `file` (Lambda only) is
 * shipped in a layer and the setting holds its path.
 */
export type Setting =
    | { kind: "plain"; name: string; value: pulumi.Input<string> }
    | { kind: "secret"; name: string; value: pulumi.Input<string> }
    | { kind: "file"; name: string; fileName: string; content: pulumi.Input<string> };

export const plain = (name: string, value: pulumi.Input<string>): Setting => ({ kind: "plain", name, value });
export const secret = (name: string, value: pulumi.Input<string>): Setting =>
    ({ kind: "secret", name, value: pulumi.secret(value) });
export const file = (name: string, fileName: string, content: pulumi.Input<string>): Setting =>
    ({ kind: "file", name, fileName, content });

/** Short stable suffix for globally unique names (storage accounts, vaults, pools), from project and stack. */
export function stackHash(length = 6): string {
    const key = `${pulumi.getOrganization()}/${pulumi.getProject()}/${pulumi.getStack()}`;
    return crypto.createHash("sha256").update(key).digest("hex").slice(0, length);
}

/** Lower-case letters and digits only (storage account and Key Vault style names). */
export function alnum(text: string, max: number): string {
    return text.toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, max);
}

/** The name a secret setting gets in a store that allows letters, digits and hyphens. */
export function secretKey(name: string): string {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
