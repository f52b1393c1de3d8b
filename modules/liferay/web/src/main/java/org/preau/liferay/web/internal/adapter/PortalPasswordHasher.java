package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PwdEncryptorException;
import com.liferay.portal.kernel.security.pwd.PasswordEncryptorUtil;

import org.preau.core.accounts.port.out.PasswordHasher;

/**
 * Hashes with the portal's own password encryptor, whose hashes name their algorithm.
 */
public class PortalPasswordHasher implements PasswordHasher {

	@Override
	public String hash(char[] password) {
		try {
			return PasswordEncryptorUtil.encrypt(new String(password));
		}
		catch (PwdEncryptorException pwdEncryptorException) {
			throw new IllegalStateException(pwdEncryptorException);
		}
	}

	@Override
	public boolean matches(char[] password, String hash) {
		try {
			return hash.equals(
				PasswordEncryptorUtil.encrypt(new String(password), hash));
		}
		catch (PwdEncryptorException pwdEncryptorException) {
			return false;
		}
	}

}
