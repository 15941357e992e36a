package apigw.harness;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.JsonSmartJsonProvider;
import net.minidev.json.JSONStyle;
import net.minidev.json.JSONValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code $input}. JSONPath is Jayway JsonPath over json-smart, as the outputs recorded on AWS
 * show: objects are LinkedHashMaps (printed {@code {a=1, b=x}}), arrays are json-smart
 * JSONArrays (printed as compact JSON). The body is parsed once, on first use, and kept: a map
 * changed with {@code #set} or {@code put} shows in a later {@code $input.json}.
 */
public final class Input {
    private static final Configuration JSON_SMART = Configuration.builder().jsonProvider(new JsonSmartJsonProvider()).build();

    private final String body;
    private final Map<String, Map<String, String>> params = new LinkedHashMap<>();
    private Object document;
    private boolean read;

    Input(String body, Map<String, String> path, Map<String, String> querystring, Map<String, String> header) {
        // An empty body reads as {} (recorded on AWS).
        this.body = body.isEmpty() ? "{}" : body;
        params.put("path", path);
        params.put("querystring", querystring);
        params.put("header", header);
    }

    /** {@code $input.body}: the raw payload. */
    public String getBody() {
        return body;
    }

    /** {@code $input.path(p)}: the value at p, or null when the body is not JSON or p matches nothing. */
    public Object path(String expression) {
        if (expression == null) return null;
        if (!read) {
            read = true;
            try {
                document = JSON_SMART.jsonProvider().parse(body);
            } catch (RuntimeException notJson) {
                document = null;
            }
        }
        if (document == null) return null;
        try {
            return JsonPath.compile(expression).read(document, JSON_SMART);
        } catch (RuntimeException noMatch) {
            return null;
        }
    }

    /** {@code $input.json(p)}: the same value as compact JSON; nothing found gives {@code ""}. */
    public String json(String expression) {
        Object value = path(expression);
        return value == null ? "\"\"" : JSONValue.toJSONString(value, JSONStyle.NO_COMPRESS);
    }

    /** {@code $input.params()}: path, querystring and header maps, in that order. */
    public Map<String, Map<String, String>> params() {
        return params;
    }

    /**
     * {@code $input.params(x)}: the path parameter x, else the query parameter, else the header
     * (a header name also matches in another case); "" when there is none.
     */
    public String params(String name) {
        if (name == null) return "";
        for (Map<String, String> kind : params.values()) {
            String value = kind.get(name);
            if (value != null) return value;
        }
        for (Map.Entry<String, String> header : params.get("header").entrySet()) {
            if (header.getValue() != null && header.getKey().equalsIgnoreCase(name)) return header.getValue();
        }
        return "";
    }

    @Override
    public String toString() {
        return "$input";
    }
}
