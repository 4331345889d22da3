package dev.sparkconnect.mock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults armed on a mock server or a recording proxy, and which of them fire where in one
 * call. A fault is claimed (its remaining count goes down) at the moment it fires, so two
 * concurrent calls never both take a fault meant for one.
 */
public final class FaultSchedule {

  private static final class Armed {
    final Fault fault;
    final AtomicInteger remaining;
    final AtomicInteger fired = new AtomicInteger();

    Armed(Fault fault) {
      this.fault = fault;
      this.remaining = new AtomicInteger(fault.times());
    }

    boolean claim() {
      while (true) {
        int left = remaining.get();
        if (left == Fault.ALWAYS) {
          return true;
        }
        if (left == 0) {
          return false;
        }
        if (remaining.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }
  }

  private static final String EXECUTE_PLAN = "ExecutePlan";

  private final List<Armed> armed = new CopyOnWriteArrayList<>();

  /** Arms a fault. */
  public void add(Fault fault) {
    armed.add(new Armed(fault));
  }

  /** Disarms every fault. */
  public void clear() {
    armed.clear();
  }

  /** How many times armed faults have yet to fire ({@code -1} somewhere means one fires always). */
  public List<String> pending() {
    List<String> pending = new ArrayList<>();
    for (Armed each : armed) {
      if (each.remaining.get() != 0) {
        pending.add(each.fault.toString());
      }
    }
    return pending;
  }

  /**
   * The armed faults that fired fewer times than asked (an {@code always()} fault: never),
   * described with how often they did fire.
   */
  public List<String> unfired() {
    List<String> unfired = new ArrayList<>();
    for (Armed each : armed) {
      int fired = each.fired.get();
      int asked = each.fault.times();
      if (asked == Fault.ALWAYS ? fired == 0 : fired < asked) {
        unfired.add(each.fault + (fired == 0 ? " (never fired)" : " (fired " + fired + " of " + asked + " times)"));
      }
    }
    return unfired;
  }

  /** The faults that may fire during one call of {@code rpc} about the plan with {@code planKey}. */
  public Call forCall(String rpc, String planKey) {
    return callOf(fault -> fault.appliesTo(rpc, planKey));
  }

  /**
   * The faults placed on {@code ExecutePlan} (the default), for one whole operation: positions count
   * the operation's responses, whichever call carries them, so a fault placed after the fifth
   * response fires there even when the stream was cut and reattached before it. Each fires at most
   * once per operation (a reattach that resumes at its position does not fire it again).
   */
  public Call forOperation(String planKey) {
    return callOf(fault -> fault.rpc().equals(EXECUTE_PLAN) && fault.appliesTo(EXECUTE_PLAN, planKey));
  }

  /**
   * The faults that may fire during one result stream of {@code rpc}, beside the operation's own
   * ({@link #forOperation}): those placed on {@code ReattachExecute} or on every RPC, positions
   * counted within this one call.
   */
  public Call forStream(String rpc, String planKey) {
    return callOf(fault -> !fault.rpc().equals(EXECUTE_PLAN) && fault.appliesTo(rpc, planKey));
  }

  /**
   * The faults armed here that {@code applies} accepts, and those the current call names in its
   * {@link FaultHeader} (armed for this call alone, once each).
   */
  private Call callOf(java.util.function.Predicate<Fault> applies) {
    List<Armed> candidates = new ArrayList<>();
    for (Armed each : armed) {
      if (applies.test(each.fault)) {
        candidates.add(each);
      }
    }
    for (Fault fault : FaultHeader.ofCurrentCall()) {
      if (applies.test(fault)) {
        candidates.add(new Armed(fault));
      }
    }
    return new Call(candidates);
  }

  /** The faults of one call (or one operation), asked at each position of its stream. */
  public static final class Call {
    private final List<Armed> candidates;
    private final Set<Armed> engaged = new HashSet<>();

    private Call(List<Armed> candidates) {
      this.candidates = candidates;
    }

    /**
     * The faults that fire before the response at {@code position} (0-based) of this call: any
     * that let the call go on (delays), then at most one that ends it. A second fault that would end
     * the call at the same position is not claimed: it stays armed for a later call.
     */
    public synchronized List<Fault> at(int position) {
      if (candidates.isEmpty()) {
        return List.of();
      }
      List<Fault> firing = new ArrayList<>();
      Fault ending = null;
      for (Armed each : candidates) {
        Fault fault = each.fault;
        boolean goesOn = fault.effect().letsTheCallGoOn();
        if (engaged.contains(each) && fault.isBetweenResponses() && position > fault.afterResponses()) {
          firing.add(fault);
        } else if (!engaged.contains(each) && fault.afterResponses() == position && (goesOn || ending == null)
            && each.claim()) {
          engaged.add(each);
          each.fired.incrementAndGet();
          if (goesOn) {
            firing.add(fault);
          } else {
            ending = fault;
          }
        }
      }
      if (ending != null) {
        firing.add(ending);
      }
      return firing;
    }

  }
}
