package org.preau.liferay.web.internal.test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Small test doubles of the portal's interfaces. A model double keeps its properties in a map, so that a test reads
 * the state an adapter left behind; a service double answers the methods a test gives it by name and fails on any
 * other, so that a test states exactly what the adapter may use.
 */
public class Fakes {

	/**
	 * A model whose getters and setters read and write the given map: {@code getName()} and {@code setName(..)} use
	 * the key {@code name}, {@code isGuestUser()} the key {@code guestUser}.
	 */
	public static <T> T model(Class<T> type, Map<String, Object> properties) {
		return _proxy(
			type,
			(method, arguments) -> {
				String name = method.getName();

				if (name.equals("toString")) {
					return type.getSimpleName() + " " + properties;
				}

				if (name.startsWith("set") && (arguments != null) &&
					(arguments.length == 1)) {

					properties.put(_property(name.substring(3)), arguments[0]);

					return null;
				}

				if (name.startsWith("get") && (arguments == null)) {
					return _orNeutral(
						properties.get(_property(name.substring(3))),
						method.getReturnType());
				}

				if (name.startsWith("is") && (arguments == null)) {
					return _orNeutral(
						properties.get(_property(name.substring(2))),
						method.getReturnType());
				}

				throw new UnsupportedOperationException(
					type.getSimpleName() + "." + name);
			});
	}

	public static Map<String, Object> properties(Object... keysAndValues) {
		Map<String, Object> properties = new HashMap<>();

		for (int i = 0; i < keysAndValues.length; i += 2) {
			properties.put((String)keysAndValues[i], keysAndValues[i + 1]);
		}

		return properties;
	}

	/**
	 * A service that answers the named methods with the given functions of their arguments.
	 */
	public static <T> T service(
		Class<T> type, Map<String, Function<Object[], Object>> answers) {

		return _proxy(
			type,
			(method, arguments) -> {
				Function<Object[], Object> answer = answers.get(
					method.getName());

				if ((answer == null) && method.getName().equals("toString")) {
					return type.getSimpleName() + " double";
				}

				if (answer == null) {
					throw new UnsupportedOperationException(
						type.getSimpleName() + "." + method.getName());
				}

				return answer.apply(
					(arguments == null) ? new Object[0] : arguments);
			});
	}

	private static Object _orNeutral(Object value, Class<?> type) {
		if (value != null) {
			return value;
		}

		if (type == boolean.class) {
			return false;
		}

		if (type == long.class) {
			return 0L;
		}

		if (type == int.class) {
			return 0;
		}

		return null;
	}

	private static String _property(String name) {
		return name.substring(
			0, 1
		).toLowerCase(
			Locale.ROOT
		) + name.substring(1);
	}

	private static <T> T _proxy(
		Class<T> type, BiFunction<Method, Object[], Object> handler) {

		return type.cast(
			Proxy.newProxyInstance(
				Fakes.class.getClassLoader(), new Class<?>[] {type},
				(proxy, method, arguments) -> {
					if (method.getDeclaringClass() == Object.class) {
						if (method.getName().equals("equals")) {
							return proxy == arguments[0];
						}

						if (method.getName().equals("hashCode")) {
							return System.identityHashCode(proxy);
						}
					}

					return handler.apply(method, arguments);
				}));
	}

}
