/**
 * Google's `external_account` credential configuration for an AWS workload (the file `gcloud iam
 * workload-identity-pools create-cred-config --aws` writes). It holds no secret: the Lambda signs a
 * GetCallerIdentity request with its own role credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN from its environment), Google's STS exchanges it, and the publisher account is impersonated.
 */
export function awsExternalAccount(providerName: string, serviceAccountEmail: string): string {
    return JSON.stringify({
        type: "external_account",
        audience: `//iam.googleapis.com/${providerName}`,
        subject_token_type: "urn:ietf:params:aws:token-type:aws4_request",
        service_account_impersonation_url:
            `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/${serviceAccountEmail}:generateAccessToken`,
        token_url: "https://sts.googleapis.com/v1/token",
        credential_source: {
            environment_id: "aws1",
            region_url: "http://169.254.169.254/latest/meta-data/placement/availability-zone",
            url: "http://169.254.169.254/latest/meta-data/iam/security-credentials",
            regional_cred_verification_url: "https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15",
        },
    }, null, 2);
}
