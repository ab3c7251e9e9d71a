package io.github.zhibo.identity.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A channel that records its calls and answers through a function. Thread-safe. */
final class CountingChannel implements VerificationChannel {
  private final Function<VerificationRequest, Verification> answer;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<VerificationRequest> requests = new ArrayList<>();

  CountingChannel(Function<VerificationRequest, Verification> answer) {
    this.answer = answer;
  }

  @Override
  public Verification verify(VerificationRequest request) {
    calls.incrementAndGet();
    synchronized (requests) {
      requests.add(request);
    }
    return answer.apply(request);
  }

  int calls() {
    return calls.get();
  }

  List<VerificationRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }
}
