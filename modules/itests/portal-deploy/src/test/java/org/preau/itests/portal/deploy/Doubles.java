package org.preau.itests.portal.deploy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Properties;

/**
 * Test doubles of the portal's interfaces: every call answers the neutral value of its return type, unless an answer
 * is given for the method's name. They stand for portal services whose behaviour no deployability check depends on.
 */
public class Doubles {

	public static <T> T of(Class<T> type) {
		return of(type, Map.of());
	}

	public static <T> T of(Class<T> type, Map<String, Object> answers) {
		InvocationHandler invocationHandler = (proxy, method, arguments) -> {
			if (method.getDeclaringClass() == Object.class) {
				return _objectMethod(type, proxy, method, arguments);
			}

			if (answers.containsKey(method.getName())) {
				return answers.get(method.getName());
			}

			return neutralValue(method.getReturnType());
		};

		return type.cast(
			Proxy.newProxyInstance(
				type.getClassLoader(), new Class<?>[] {type},
				invocationHandler));
	}

	public static Object neutralValue(Class<?> returnType) {
		if (returnType == boolean.class) {
			return false;
		}

		if (returnType == char.class) {
			return '\0';
		}

		if ((returnType == byte.class) || (returnType == short.class) ||
			(returnType == int.class)) {

			return _numeric(returnType);
		}

		if (returnType == long.class) {
			return 0L;
		}

		if (returnType == float.class) {
			return 0F;
		}

		if (returnType == double.class) {
			return 0D;
		}

		if (returnType == String[].class) {
			return new String[0];
		}

		if (returnType == Properties.class) {
			return new Properties();
		}

		return null;
	}

	private static Object _numeric(Class<?> returnType) {
		if (returnType == byte.class) {
			return (byte)0;
		}

		if (returnType == short.class) {
			return (short)0;
		}

		return 0;
	}

	private static Object _objectMethod(
		Class<?> type, Object proxy, Method method, Object[] arguments) {

		if (method.getName().equals("equals")) {
			return proxy == arguments[0];
		}

		if (method.getName().equals("hashCode")) {
			return System.identityHashCode(proxy);
		}

		return "double of " + type.getName();
	}

}
