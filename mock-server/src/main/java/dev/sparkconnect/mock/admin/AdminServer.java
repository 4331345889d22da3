package dev.sparkconnect.mock.admin;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sparkconnect.mock.Fault;
import dev.sparkconnect.mock.FaultableServer;
import dev.sparkconnect.mock.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * An HTTP JSON API, on loopback only, that arms faults on a mock server (or recording proxy) and
 * reads its journal, for clients in any language:
 *
 * <pre>
 * curl -X POST localhost:15003/faults -d '{"fault": "unavailable", "afterResponses": 1}'
 * curl localhost:15003/faults                      # {"pending": [...], "unfired": [...]}
 * curl localhost:15003/journal?rpc=ReattachExecute  # {"dropped": 0, "entries": [{"rpc": ..., "request": {...}}]}
 * curl -X DELETE localhost:15003/faults             # disarm every fault
 * curl -X POST localhost:15003/reset                # faults and journal cleared
 * </pre>
 *
 * <p>Faults are written as {@link FaultJson} describes. When the server requires a token, so does
 * this API ({@code Authorization: Bearer <token>}); a refused call says so and names nothing.
 */
public final class AdminServer implements AutoCloseable {

  private final FaultableServer server;
  private final Journal journal;
  private final String token;
  private final HttpServer http;

  private AdminServer(FaultableServer server, int port, String token) throws IOException {
    this.server = server;
    this.journal = server.journal();
    this.token = token;
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    http.createContext("/", this::handle);
  }

  /**
   * Starts the API for {@code server} on {@code port} (0 for a free one) of the loopback interface;
   * {@code token}, if not null, is required of every call.
   */
  public static AdminServer start(FaultableServer server, int port, String token) {
    try {
      AdminServer admin = new AdminServer(server, port, token);
      admin.http.start();
      return admin;
    } catch (IOException e) {
      throw new UncheckedIOException("the admin API cannot listen on port " + port, e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** Its base address, such as {@code http://127.0.0.1:15003/}. */
  public String address() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (token != null && !authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
        reply(exchange, 401, error("this admin API needs the server's token: Authorization: Bearer <token>"));
        return;
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      switch (method + " " + path) {
        case "GET /faults" -> reply(exchange, 200, faults());
        case "POST /faults" -> arm(exchange);
        case "DELETE /faults" -> {
          server.clearFaults();
          reply(exchange, 200, faults());
        }
        case "GET /journal" -> reply(exchange, 200, journal(exchange.getRequestURI().getQuery()));
        case "DELETE /journal" -> {
          journal.clear();
          reply(exchange, 200, new JsonObject());
        }
        case "POST /reset" -> {
          server.clearFaults();
          journal.clear();
          reply(exchange, 200, new JsonObject());
        }
        case "GET /" -> reply(exchange, 200, help());
        default -> reply(exchange, 404, error(method + " " + path + " is not part of this API; GET / lists what is"));
      }
    } catch (RuntimeException e) {
      reply(exchange, 500, error(e.toString()));
    }
  }

  private void arm(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Fault fault;
    try {
      fault = FaultJson.parse(body);
    } catch (IllegalArgumentException e) {
      reply(exchange, 400, error(e.getMessage()));
      return;
    }
    server.inject(fault);
    JsonObject armed = new JsonObject();
    armed.addProperty("armed", fault.toString());
    reply(exchange, 201, armed);
  }

  private JsonObject faults() {
    JsonObject faults = new JsonObject();
    faults.add("pending", array(server.pendingFaults()));
    faults.add("unfired", array(server.unfiredFaults()));
    return faults;
  }

  private JsonObject journal(String query) {
    String rpc = query != null && query.startsWith("rpc=") ? query.substring("rpc=".length()) : null;
    List<Journal.Entry> entries = rpc == null ? journal.entries() : journal.entries(rpc);
    JsonArray array = new JsonArray();
    for (Journal.Entry entry : entries) {
      JsonObject item = new JsonObject();
      item.addProperty("rpc", entry.rpc());
      item.addProperty("sessionId", entry.sessionId());
      item.addProperty("receivedAt", entry.receivedAt().toString());
      item.add("request", request(entry.request()));
      array.add(item);
    }
    JsonObject answer = new JsonObject();
    answer.addProperty("dropped", journal.dropped());
    answer.add("entries", array);
    return answer;
  }

  private static com.google.gson.JsonElement request(Message request) {
    try {
      return JsonParser.parseString(JsonFormat.printer().print(request));
    } catch (InvalidProtocolBufferException e) {
      return new com.google.gson.JsonPrimitive(com.google.protobuf.TextFormat.printer().printToString(request));
    }
  }

  private static JsonObject help() {
    JsonObject help = new JsonObject();
    help.addProperty("GET /faults", "the armed faults: pending, and those that never fired as asked");
    help.addProperty("POST /faults", "arm a fault, for example {\"fault\": \"unavailable\", \"afterResponses\": 1};"
        + " kinds: " + FaultJson.KINDS);
    help.addProperty("DELETE /faults", "disarm every fault");
    help.addProperty("GET /journal", "every request received (?rpc=ExecutePlan for one RPC), and how many were let go");
    help.addProperty("DELETE /journal", "forget the journal");
    help.addProperty("POST /reset", "disarm every fault and forget the journal");
    return help;
  }

  private boolean authorized(String header) {
    byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, given);
  }

  private static JsonArray array(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static JsonObject error(String message) {
    JsonObject error = new JsonObject();
    error.addProperty("error", message);
    return error;
  }

  private static void reply(HttpExchange exchange, int status, JsonObject body) throws IOException {
    byte[] bytes = (new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(body) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** Stops listening. */
  @Override
  public void close() {
    http.stop(0);
  }
}
