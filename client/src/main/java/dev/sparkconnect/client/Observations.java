package dev.sparkconnect.client;

import dev.sparkconnect.client.internal.transport.ResponseStream;
import dev.sparkconnect.proto.ExecutePlanResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's {@link Observation}s waiting for their metrics, found by the plan id of their
 * {@code CollectMetrics} relation (or by name, for servers that send no plan id), and the stream
 * decorator that hands each {@code observed_metrics} response to its observation.
 */
final class Observations {

  private final Map<Long, Observation> byPlanId = new ConcurrentHashMap<>();
  private final Map<String, Observation> byName = new ConcurrentHashMap<>();

  void register(long planId, Observation observation) {
    byPlanId.put(planId, observation);
    byName.put(observation.name(), observation);
  }

  /** {@code responses}, passing on the observed metrics they carry. */
  ResponseStream watch(ResponseStream responses) {
    if (byPlanId.isEmpty()) {
      return responses;
    }
    return new ResponseStream() {
      @Override
      public String operationId() {
        return responses.operationId();
      }

      @Override
      public boolean hasNext() {
        return responses.hasNext();
      }

      @Override
      public ExecutePlanResponse next() {
        ExecutePlanResponse response = responses.next();
        if (response.getObservedMetricsCount() > 0) {
          deliver(response.getObservedMetricsList());
        }
        return response;
      }

      @Override
      public void close() {
        responses.close();
      }
    };
  }

  private void deliver(List<ExecutePlanResponse.ObservedMetrics> all) {
    for (ExecutePlanResponse.ObservedMetrics metrics : all) {
      Observation observation = metrics.getPlanId() != 0 && byPlanId.containsKey(metrics.getPlanId())
          ? byPlanId.remove(metrics.getPlanId()) : byName.get(metrics.getName());
      if (observation == null) {
        continue;
      }
      byName.remove(observation.name(), observation);
      byPlanId.values().remove(observation);
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < metrics.getValuesCount(); i++) {
        String key = i < metrics.getKeysCount() ? metrics.getKeys(i) : "metric_" + i;
        values.put(key, LiteralValues.toJava(metrics.getValues(i)));
      }
      observation.complete(values);
    }
  }
}
