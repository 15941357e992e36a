package apigw.harness;

import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.introspection.Info;

/**
 * API Gateway's null model, recorded on AWS: an undefined variable, a missing key or property,
 * an unknown method and a method that returns null all read as the empty string, in output and
 * in expressions alike ({@code $missing == ""} is true, {@code $missing} prints nothing).
 */
public final class NullReadsEmpty implements InvalidReferenceEventHandler, ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(String reference, Object value) {
        return value != null ? value : "";
    }

    @Override
    public Object invalidGetMethod(Context context, String reference, Object object, String property, Info info) {
        return "";
    }

    @Override
    public Object invalidMethod(Context context, String reference, Object object, String method, Info info) {
        return "";
    }

    @Override
    public boolean invalidSetMethod(Context context, String leftReference, String rightReference, Info info) {
        return false;
    }
}
