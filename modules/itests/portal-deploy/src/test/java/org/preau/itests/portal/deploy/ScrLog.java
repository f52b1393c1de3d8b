package org.preau.itests.portal.deploy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * What Felix SCR logs, captured through the OSGi log service it looks for: SCR reports some failures (an exception in
 * an activate method, a class it cannot load) only there, while the component's DTO may still look fine.
 */
public class ScrLog {

	public List<String> errors() {
		return _lines("ERROR");
	}

	public LoggerFactory loggerFactory() {
		return (LoggerFactory)Proxy.newProxyInstance(
			LoggerFactory.class.getClassLoader(),
			new Class<?>[] {LoggerFactory.class},
			(proxy, method, arguments) -> {
				if (method.getDeclaringClass() == Object.class) {
					return _objectMethod(proxy, method.getName(), arguments);
				}

				if (method.getName().equals("getLogger")) {
					String name = "ROOT";
					Class<?> loggerType = Logger.class;

					for (Object argument : arguments) {
						if (argument instanceof String) {
							name = (String)argument;
						}
						else if (argument instanceof Class) {
							loggerType = (Class<?>)argument;
						}
						else if (argument instanceof Bundle) {
							name = ((Bundle)argument).getSymbolicName() + " " +
								name;
						}
					}

					return _logger(loggerType, name);
				}

				return Doubles.neutralValue(method.getReturnType());
			});
	}

	public List<String> warnings() {
		return _lines("WARN");
	}

	private List<String> _lines(String level) {
		List<String> lines = new ArrayList<>();

		synchronized (_lines) {
			for (String line : _lines) {
				if (line.startsWith(level + " ")) {
					lines.add(line);
				}
			}
		}

		return Collections.unmodifiableList(lines);
	}

	private Object _logger(Class<?> loggerType, String name) {
		return Proxy.newProxyInstance(
			loggerType.getClassLoader(), new Class<?>[] {loggerType},
			(proxy, method, arguments) -> {
				String methodName = method.getName();

				if (method.getDeclaringClass() == Object.class) {
					return _objectMethod(proxy, methodName, arguments);
				}

				if (methodName.equals("getName")) {
					return name;
				}

				if (methodName.startsWith("is") &&
					methodName.endsWith("Enabled")) {

					return !methodName.equals("isDebugEnabled") &&
						!methodName.equals("isTraceEnabled");
				}

				if ((arguments != null) && (arguments.length > 0) &&
					(arguments[0] instanceof String)) {

					_record(methodName, name, arguments);
				}

				return Doubles.neutralValue(method.getReturnType());
			});
	}

	private Object _objectMethod(
		Object proxy, String methodName, Object[] arguments) {

		if (methodName.equals("equals")) {
			return proxy == arguments[0];
		}

		if (methodName.equals("hashCode")) {
			return System.identityHashCode(proxy);
		}

		return "SCR log capture";
	}

	private void _record(String methodName, String name, Object[] arguments) {
		StringBuilder sb = new StringBuilder();

		sb.append(methodName.toUpperCase(java.util.Locale.ROOT));
		sb.append(" [");
		sb.append(name);
		sb.append("] ");
		sb.append(arguments[0]);

		for (int i = 1; i < arguments.length; i++) {
			Object argument = arguments[i];

			if (argument instanceof Object[]) {
				for (Object element : (Object[])argument) {
					_append(sb, element);
				}
			}
			else {
				_append(sb, argument);
			}
		}

		synchronized (_lines) {
			_lines.add(sb.toString());
		}
	}

	private void _append(StringBuilder sb, Object argument) {
		if (argument instanceof Throwable) {
			Throwable throwable = (Throwable)argument;

			while (throwable != null) {
				sb.append(" | ");
				sb.append(throwable);
				throwable = throwable.getCause();
			}
		}
		else {
			sb.append(" | ");
			sb.append(argument);
		}
	}

	private final List<String> _lines = new ArrayList<>();

}
