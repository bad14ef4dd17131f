// Skeleton: the SQS handler and the custom-runtime bootstrap arrive with the adapters issue.
System.Console.Error.WriteLine("Serverless.Functions.Aws: not implemented yet");
return 1;
