package org.preau.liferay.web.internal.model.listener;

import com.liferay.portal.kernel.exception.ModelListenerException;
import com.liferay.portal.kernel.model.BaseModelListener;
import com.liferay.portal.kernel.model.ModelListener;
import com.liferay.portal.kernel.model.Ticket;
import com.liferay.portal.kernel.model.TicketConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.internal.PreauPortalServices;

/**
 * Keeps the portal's self-service reset to adults, as the embedded host does: the password ticket that "forgot
 * password" (or any other path of the portal) creates for a user is refused to a pupil, whose password an
 * administrator or a teacher of their class resets, and to a login that Préau has suspended, whose guest has expired
 * or whose user is inactive. Refusing the ticket itself, rather than one page that asks for it, leaves no path to a
 * reset link. Users who hold no login of the directory, such as the portal's own administrators, keep the portal's
 * reset.
 */
@Component(service = ModelListener.class)
public class PasswordTicketModelListener extends BaseModelListener<Ticket> {

	@Override
	public void onBeforeCreate(Ticket ticket) throws ModelListenerException {
		if ((ticket.getType() != TicketConstants.TYPE_PASSWORD) ||
			!User.class.getName(
			).equals(
				ticket.getClassName()
			)) {

			return;
		}

		User user = _userLocalService.fetchUser(ticket.getClassPK());

		if ((user == null) ||
			_preauPortalServices.getPortalAccountsServices(
				ticket.getCompanyId()
			).getRequestPasswordReset(
			).allowsHostReset(
				user.getScreenName()
			)) {

			return;
		}

		throw new ModelListenerException(
			"no password reset link for " + user.getScreenName() +
				": a pupil's password is reset by an administrator or a " +
					"teacher of their class, and a suspended account gets none");
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

	@Reference
	private UserLocalService _userLocalService;

}
