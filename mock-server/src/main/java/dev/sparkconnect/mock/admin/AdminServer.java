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
import dev.sparkconnect.mock.MockSparkConnectServer;
import dev.sparkconnect.mock.UnmatchedRequest;
import dev.sparkconnect.mock.network.FaultyNetwork;
import dev.sparkconnect.mock.network.NetworkFault;
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
 * curl localhost:15003/near-misses                  # the requests nothing answered, and why
 * curl -X POST localhost:15003/fixtures -d '{"folder": "/abs/path/to/fixtures"}'
 * curl -X POST localhost:15003/network -d '{"fault": "latency", "millis": 80, "jitterMillis": 20}'
 * curl -X POST localhost:15003/reset                # faults, stubs, journal, near misses, network faults cleared
 * </pre>
 *
 * <p>Faults are written as {@link FaultJson} describes, network faults (when the server has a
 * faulty network in front of it) as {@link NetworkFaultJson} does. Fixtures, stubs and near misses
 * are the mock server's; the recording proxy answers those with 409 and says why. When the server requires a token, so does
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
          if (server instanceof MockSparkConnectServer mock) {
            mock.reset();
          } else {
            server.clearFaults();
            journal.clear();
            networkIfAny().ifPresent(FaultyNetwork::clear);
          }
          reply(exchange, 200, new JsonObject());
        }
        case "GET /near-misses" -> reply(exchange, 200, nearMisses(mock()));
        case "POST /fixtures" -> loadFixtures(exchange, mock());
        case "DELETE /fixtures" -> {
          mock().clearFixtures();
          reply(exchange, 200, new JsonObject());
        }
        case "DELETE /stubs" -> {
          mock().clearStubs();
          reply(exchange, 200, new JsonObject());
        }
        case "GET /network" -> reply(exchange, 200, network(network()));
        case "POST /network" -> addNetworkFault(exchange, network());
        case "DELETE /network" -> {
          network().clear();
          reply(exchange, 200, network(network()));
        }
        case "POST /network/seed" -> seed(exchange, network());
        case "GET /" -> reply(exchange, 200, help());
        default -> reply(exchange, 404, error(method + " " + path + " is not part of this API; GET / lists what is"));
      }
    } catch (NotHere e) {
      reply(exchange, 409, error(e.getMessage()));
    } catch (RuntimeException e) {
      reply(exchange, 500, error(e.toString()));
    }
  }

  /** A call this server cannot answer, such as fixtures on the recording proxy. */
  private static final class NotHere extends RuntimeException {
    NotHere(String message) {
      super(message);
    }
  }

  private MockSparkConnectServer mock() {
    if (server instanceof MockSparkConnectServer mock) {
      return mock;
    }
    throw new NotHere("this is the recording proxy: it forwards to a real server, so it has no fixtures, stubs or"
        + " near misses of its own");
  }

  private FaultyNetwork network() {
    return networkIfAny().orElseThrow(() -> new NotHere("no faulty network is in front of this server; start it with"
        + " serve --network-faults (or build it with networkFaults())"));
  }

  private java.util.Optional<FaultyNetwork> networkIfAny() {
    try {
      return java.util.Optional.of(server.network());
    } catch (IllegalStateException none) {
      return java.util.Optional.empty();
    }
  }

  private static JsonObject nearMisses(MockSparkConnectServer mock) {
    JsonArray array = new JsonArray();
    for (UnmatchedRequest request : mock.unmatchedRequests()) {
      JsonObject item = new JsonObject();
      item.addProperty("rpc", request.rpc());
      item.addProperty("receivedAt", request.receivedAt().toString());
      item.addProperty("report", request.report());
      array.add(item);
    }
    JsonObject answer = new JsonObject();
    answer.add("unmatched", array);
    return answer;
  }

  private void loadFixtures(HttpExchange exchange, MockSparkConnectServer mock) throws IOException {
    String folder;
    try {
      folder = JsonParser.parseString(body(exchange)).getAsJsonObject().get("folder").getAsString();
    } catch (RuntimeException e) {
      reply(exchange, 400, error("give the folder to load as {\"folder\": \"/absolute/path\"}"));
      return;
    }
    java.nio.file.Path path = java.nio.file.Path.of(folder);
    if (!java.nio.file.Files.isDirectory(path)) {
      reply(exchange, 400, error("no folder " + path.toAbsolutePath() + " on the server's machine"));
      return;
    }
    JsonObject loaded = new JsonObject();
    loaded.addProperty("loaded", mock.loadFixtures(path));
    reply(exchange, 201, loaded);
  }

  private static JsonObject network(FaultyNetwork network) {
    JsonObject answer = new JsonObject();
    answer.addProperty("port", network.port());
    answer.addProperty("seed", network.seed());
    JsonArray faults = new JsonArray();
    network.faults().forEach(fault -> faults.add(fault.toString()));
    answer.add("faults", faults);
    answer.addProperty("connectionsOpened", network.connectionsOpened());
    answer.addProperty("bytesToClients", network.bytesToClients());
    answer.addProperty("bytesToServer", network.bytesToServer());
    answer.add("events", array(network.events()));
    return answer;
  }

  private void addNetworkFault(HttpExchange exchange, FaultyNetwork network) throws IOException {
    NetworkFault fault;
    try {
      fault = NetworkFaultJson.parse(body(exchange));
    } catch (IllegalArgumentException e) {
      reply(exchange, 400, error(e.getMessage()));
      return;
    }
    network.add(fault);
    JsonObject added = new JsonObject();
    added.addProperty("added", fault.toString());
    reply(exchange, 201, added);
  }

  private void seed(HttpExchange exchange, FaultyNetwork network) throws IOException {
    long seed;
    try {
      seed = JsonParser.parseString(body(exchange)).getAsJsonObject().get("seed").getAsLong();
    } catch (RuntimeException e) {
      reply(exchange, 400, error("give the seed as {\"seed\": 42}"));
      return;
    }
    network.seed(seed);
    reply(exchange, 200, network(network));
  }

  private static String body(HttpExchange exchange) throws IOException {
    return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  private void arm(HttpExchange exchange) throws IOException {
    Fault fault;
    try {
      fault = FaultJson.parse(body(exchange));
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
    help.addProperty("GET /near-misses", "the last requests nothing answered, each with its near-miss report");
    help.addProperty("POST /fixtures", "serve the fixtures under a folder too: {\"folder\": \"/absolute/path\"}");
    help.addProperty("DELETE /fixtures", "serve no recorded fixture any more");
    help.addProperty("DELETE /stubs", "remove every stub");
    help.addProperty("GET /network", "the faulty network (serve --network-faults): its faults, seed, counters, events");
    help.addProperty("POST /network", "add a network fault, for example {\"fault\": \"bandwidth\", \"bytesPerSecond\":"
        + " 65536}; kinds: " + NetworkFaultJson.KINDS);
    help.addProperty("DELETE /network", "remove every network fault");
    help.addProperty("POST /network/seed", "follow this seed from the next connection on: {\"seed\": 42}");
    help.addProperty("POST /reset", "disarm every fault, remove stubs and network faults, forget the journal and the"
        + " near misses");
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
