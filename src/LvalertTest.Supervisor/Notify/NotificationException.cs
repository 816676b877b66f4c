namespace LvalertTest.Supervisor.Notify;

/// <summary>An e-mail could not be delivered; the message is one line naming the server and the subject.</summary>
public sealed class NotificationException(string message, Exception? inner = null) : Exception(message, inner);
