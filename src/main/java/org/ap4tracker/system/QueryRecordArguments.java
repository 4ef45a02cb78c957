package org.ap4tracker.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;

/**
 * Fills {@link QueryRecord} handler arguments from the query string. Spring MVC's constructor binding makes a new
 * {@code MethodParameter} for each constructor parameter on every request and reads its annotations, which the
 * JDK parses from the class file every time: 63 % of the CPU of an uncached {@code /api/v1/events} on the seed
 * data, a fifth at a million events (the API's query records carry their OpenAPI documentation as parameter
 * annotations; see docs/performance.md). Here the
 * record's constructor and its parameters are looked at once per type; each value is read as the data binder
 * reads it (all values of a repeated parameter, the {@code !name} default and {@code _name} marker fields) and
 * converted by the request's own binder. Everything after the record exists is Spring MVC's
 * {@link ModelAttributeMethodProcessor}: the same binder, {@code @InitBinder} validators, {@code @Valid},
 * binding result in the model and {@code MethodArgumentNotValidException} when no {@code BindingResult} follows.
 */
final class QueryRecordArguments extends ModelAttributeMethodProcessor {

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    QueryRecordArguments() {
        super(false);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type.isRecord() && type.isAnnotationPresent(QueryRecord.class);
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return false;
    }

    @Override
    protected Object createAttribute(String attributeName, MethodParameter parameter,
            WebDataBinderFactory binderFactory, NativeWebRequest request) throws Exception {
        Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), Shape::of);
        WebDataBinder binder = binderFactory.createBinder(request, null, attributeName);
        Object[] arguments = new Object[shape.names.length];
        for (int i = 0; i < arguments.length; i++) {
            Object value = value(request, binder, shape.names[i], shape.parameters[i].getParameterType());
            arguments[i] = value == null ? null
                    : binder.convertIfNecessary(value, shape.parameters[i].getParameterType(), shape.parameters[i]);
        }
        return BeanUtils.instantiateClass(shape.constructor, arguments);
    }

    /** The values were read into the record's constructor; a record has nothing to set afterwards. */
    @Override
    protected void bindRequestParameters(WebDataBinder binder, NativeWebRequest request) {
    }

    /** As {@code DataBinder.construct} reads a value: one text, several texts, or the default or marker field's. */
    private static @Nullable Object value(NativeWebRequest request, WebDataBinder binder, String name, Class<?> type) {
        String[] values = request.getParameterValues(name);
        if (values != null) {
            return values.length == 1 ? values[0] : values;
        }
        String defaultPrefix = binder.getFieldDefaultPrefix();
        String fallback = defaultPrefix == null ? null : request.getParameter(defaultPrefix + name);
        if (fallback != null) {
            return fallback;
        }
        String markerPrefix = binder.getFieldMarkerPrefix();
        return markerPrefix != null && request.getParameter(markerPrefix + name) != null
                ? binder.getEmptyValue(type) : null;
    }

    /** A query record's canonical constructor and its parameters, whose annotations are then read only once. */
    private record Shape(Constructor<?> constructor, String[] names, MethodParameter[] parameters) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            String[] names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                names[i] = components[i].getName();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                MethodParameter[] parameters = new MethodParameter[components.length];
                for (int i = 0; i < components.length; i++) {
                    parameters[i] = new MethodParameter(constructor, i);
                    parameters[i].getParameterAnnotations();
                }
                return new Shape(constructor, names, parameters);
            }
            catch (NoSuchMethodException ex) {
                throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
            }
        }
    }
}
