package org.accesspub.batch;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/** JSON through Gson: one object a line, read strictly, written compactly with characters as they are. */
final class Json {
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create();

    private Json() {
    }

    static String line(JsonElement e) {
        return COMPACT.toJson(e);
    }

    static String pretty(JsonElement e) {
        return PRETTY.toJson(e);
    }

    /** One JSON object, strictly, nothing after it; {@link JsonParseException} otherwise. */
    static JsonObject object(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("one JSON object a line, and nothing after it");
            }
            if (!e.isJsonObject()) {
                throw new JsonParseException("not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (IOException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    static double number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() ? 0
                : e.getAsDouble();
    }
}
