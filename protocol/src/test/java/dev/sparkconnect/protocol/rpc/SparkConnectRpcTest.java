package dev.sparkconnect.protocol.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkconnect.proto.SparkConnectServiceGrpc;
import io.grpc.MethodDescriptor;
import org.junit.jupiter.api.Test;

class SparkConnectRpcTest {

  @Test
  void namesEveryMethodOfTheGeneratedServiceAndNoOther() {
    var methods = SparkConnectServiceGrpc.getServiceDescriptor().getMethods();

    assertThat(SparkConnectRpc.methodNames()).containsExactlyInAnyOrderElementsOf(
        methods.stream().map(MethodDescriptor::getBareMethodName).toList());
    for (MethodDescriptor<?, ?> method : methods) {
      assertThat(SparkConnectRpc.of(method.getBareMethodName()).streamsResponses()).as(method.getBareMethodName())
          .isEqualTo(method.getType() == MethodDescriptor.MethodType.SERVER_STREAMING);
    }
  }

  @Test
  void anUnknownNameListsTheRpcs() {
    assertThat(SparkConnectRpc.of("reattach_execute")).isEqualTo(SparkConnectRpc.REATTACH_EXECUTE);
    assertThatThrownBy(() -> SparkConnectRpc.of("ExecutePlans"))
        .hasMessageContaining("'ExecutePlans' is not a Spark Connect RPC").hasMessageContaining("ReattachExecute");
  }
}
