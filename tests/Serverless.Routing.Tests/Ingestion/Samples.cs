namespace Serverless.Routing.Tests.Ingestion;

/// <summary>AWS sample payloads as the platforms document them (source named on each).</summary>
internal static partial class Samples
{
    // AWS EventBridge user guide, "Event structure reference" / "Amazon EventBridge events" sample
    // (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html).
    public const string EventBridgeEc2 = """
        {
          "version": "0",
          "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
          "detail-type": "EC2 Instance State-change Notification",
          "source": "aws.ec2",
          "account": "111122223333",
          "time": "2017-12-22T18:43:48Z",
          "region": "us-west-1",
          "resources": [
            "arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"
          ],
          "detail": {
            "instance-id": "i-1234567890abcdef0",
            "state": "terminated"
          }
        }
        """;

    // Amazon SNS developer guide, "HTTP/HTTPS notification JSON format" example Notification
    // (https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html); SQS subscriptions get the same document.
    public const string SnsNotification = """
        {
          "Type" : "Notification",
          "MessageId" : "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324",
          "TopicArn" : "arn:aws:sns:us-west-2:123456789012:MyTopic",
          "Subject" : "My First Message",
          "Message" : "Hello world!",
          "Timestamp" : "2012-05-02T00:54:06.655Z",
          "SignatureVersion" : "1",
          "Signature" : "EXAMPLEw6JRN...",
          "SigningCertURL" : "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem",
          "UnsubscribeURL" : "https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:MyTopic:c9135db0-26c4-47ec-8998-413945fb5a96",
          "MessageAttributes" : { "store" : { "Type" : "String", "Value" : "example_corp" } }
        }
        """;

    // Amazon S3 user guide, "Event message structure", example messages: the test message and an
    // ObjectCreated:Put record (https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html).
    public const string S3TestEvent = """
        {
           "Service":"Amazon S3",
           "Event":"s3:TestEvent",
           "Time":"2014-10-13T15:57:02.089Z",
           "Bucket":"amzn-s3-demo-bucket",
           "RequestId":"5582815E1AEA5ADF",
           "HostId":"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE"
        }
        """;

    public const string S3PutRecord = """
        {
           "eventVersion":"2.1",
           "eventSource":"aws:s3",
           "awsRegion":"us-west-2",
           "eventTime":"1970-01-01T00:00:00.000Z",
           "eventName":"ObjectCreated:Put",
           "userIdentity":{ "principalId":"AIDAJDPLRKLG7UEXAMPLE" },
           "requestParameters":{ "sourceIPAddress":"172.16.0.1" },
           "responseElements":{
              "x-amz-request-id":"C3D13FE58DE4C810",
              "x-amz-id-2":"FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD"
           },
           "s3":{
              "s3SchemaVersion":"1.0",
              "configurationId":"testConfigRule",
              "bucket":{
                 "name":"amzn-s3-demo-bucket",
                 "ownerIdentity":{ "principalId":"A3NL1KOZZKExample" },
                 "arn":"arn:aws:s3:::amzn-s3-demo-bucket"
              },
              "object":{
                 "key":"HappyFace.jpg",
                 "size":1024,
                 "eTag":"d41d8cd98f00b204e9800998ecf8427e",
                 "versionId":"096fKKXTRTtl3on89fVO.nfljtsv6qko",
                 "sequencer":"0055AED6DCD90281E5"
              }
           }
        }
        """;

    public static string S3Notification(params string[] records) => $$"""{ "Records": [ {{string.Join(",", records)}} ] }""";
}
