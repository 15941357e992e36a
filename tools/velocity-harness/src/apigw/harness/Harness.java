package apigw.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders mapping-template cases with Apache Velocity 1.7 and API Gateway's variables, so that
 * apigw's own engine can be compared with the Java engine byte for byte.
 *
 * <pre>
 *   java apigw.harness.Harness                  cases from standard input: a JSON array of cases
 *   java apigw.harness.Harness PATH...          each PATH a case file or a folder of *.json cases
 * </pre>
 *
 * Prints one JSON object: case name to {"output": text} or {"error": text}. The case format is
 * described in tools/velocity-harness/README.md.
 */
public final class Harness {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VelocityEngine velocity = new VelocityEngine();

    private Harness() throws Exception {
        velocity.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        velocity.setProperty("input.encoding", "UTF-8");
        velocity.setProperty("output.encoding", "UTF-8");
        // API Gateway's quota: a #foreach stops after 1,000 iterations.
        velocity.setProperty("directive.foreach.maxloops", "1000");
        // API Gateway's null model: every null reads as the empty string.
        velocity.setProperty("eventhandler.invalidreferences.class", NullReadsEmpty.class.getName());
        velocity.setProperty("eventhandler.referenceinsertion.class", NullReadsEmpty.class.getName());
        velocity.init();
    }

    /** One case: the output of its template, or why rendering failed. */
    private ObjectNode render(JsonNode testCase) {
        ObjectNode result = JSON.createObjectNode();
        try {
            Request request = new Request(testCase.path("request"));
            JsonNode before = testCase.get("preTemplate");
            if (before != null && !before.isNull()) {
                // An integration request template: rendered first, with the same $context, and thrown away.
                evaluate(request, before.asText(), "preTemplate");
            }
            result.put("output", evaluate(request, testCase.path("template").asText(), testCase.path("name").asText("template")));
        } catch (Throwable failure) {
            result.put("error", describe(failure));
        }
        return result;
    }

    private String evaluate(Request request, String template, String logName) throws IOException {
        VelocityContext variables = new VelocityContext();
        variables.put("input", request.input);
        variables.put("util", request.util);
        variables.put("context", request.context);
        variables.put("stageVariables", request.stageVariables);
        StringWriter out = new StringWriter();
        velocity.evaluate(variables, out, logName, template);
        return out.toString();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        String kind = failure.getClass().getSimpleName();
        return cause == failure ? kind + ": " + first : kind + " (" + cause.getClass().getSimpleName() + "): " + first;
    }

    private static List<JsonNode> casesFrom(String[] paths) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        if (paths.length == 0) {
            JsonNode all = JSON.readTree(System.in);
            if (!(all instanceof ArrayNode)) {
                throw new IllegalArgumentException("standard input must be a JSON array of cases");
            }
            all.forEach(cases::add);
            return cases;
        }
        for (String path : paths) {
            File file = new File(path);
            if (file.isDirectory()) {
                File[] files = file.listFiles((dir, name) -> name.endsWith(".json"));
                Arrays.sort(files);
                for (File f : files) {
                    cases.add(JSON.readTree(f));
                }
            } else {
                cases.add(JSON.readTree(file));
            }
        }
        return cases;
    }

    public static void main(String[] args) throws Exception {
        Harness harness = new Harness();
        ObjectNode results = JSON.createObjectNode();
        for (JsonNode testCase : casesFrom(args)) {
            results.set(testCase.path("name").asText(), harness.render(testCase));
        }
        System.out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(results));
        System.out.flush();
    }
}
