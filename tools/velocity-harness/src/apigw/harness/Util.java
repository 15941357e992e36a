package apigw.harness;

import com.jayway.jsonpath.spi.json.JsonSmartJsonProvider;
import org.apache.commons.lang.StringEscapeUtils;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code $util}. escapeJavaScript is commons-lang 2.6 (it escapes {@code ' " \ /}, control
 * characters and everything above 0x7E as {@code \\uXXXX}; AWS documents the {@code \'}).
 * urlEncode and urlDecode are java.net's form encoding in UTF-8 ({@code +} for a space, as
 * recorded on AWS). parseJson reads with json-smart, like {@code $input.path}. An argument is
 * read through toString(); null gives null.
 */
public final class Util {
    private final JsonSmartJsonProvider reader = new JsonSmartJsonProvider();

    public String escapeJavaScript(Object value) {
        return value == null ? null : StringEscapeUtils.escapeJavaScript(value.toString());
    }

    public Object parseJson(Object value) {
        return value == null ? null : reader.parse(value.toString());
    }

    public String urlEncode(Object value) {
        return value == null ? null : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    public String urlDecode(Object value) {
        return value == null ? null : URLDecoder.decode(value.toString(), StandardCharsets.UTF_8);
    }

    public String base64Encode(Object value) {
        return value == null ? null : Base64.getEncoder().encodeToString(value.toString().getBytes(StandardCharsets.UTF_8));
    }

    public String base64Decode(Object value) {
        return value == null ? null : new String(Base64.getDecoder().decode(value.toString()), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "$util";
    }
}
