package org.preau.core.accounts.service;

import java.util.Arrays;
import java.util.List;

/**
 * Several gates, each of which must let the login through.
 */
public class SignInGates implements SignInGate {

	public SignInGates(SignInGate... signInGates) {
		_signInGates = Arrays.asList(signInGates.clone());
	}

	@Override
	public boolean allows(String login) {
		for (SignInGate signInGate : _signInGates) {
			if (!signInGate.allows(login)) {
				return false;
			}
		}

		return true;
	}

	private final List<SignInGate> _signInGates;

}
