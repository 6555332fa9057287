/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.journeystudio.model.journey.Evidence;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Persona;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getDemographics <em>Demographics</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getBehaviors <em>Behaviors</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getFrustrations <em>Frustrations</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.impl.PersonaImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedElementImpl implements Persona {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDemographics() <em>Demographics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemographics()
	 * @generated
	 * @ordered
	 */
	protected static final String DEMOGRAPHICS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDemographics() <em>Demographics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemographics()
	 * @generated
	 * @ordered
	 */
	protected String demographics = DEMOGRAPHICS_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> goals;

	/**
	 * The cached value of the '{@link #getMotivations() <em>Motivations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> motivations;

	/**
	 * The cached value of the '{@link #getBehaviors() <em>Behaviors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBehaviors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> behaviors;

	/**
	 * The cached value of the '{@link #getFrustrations() <em>Frustrations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrustrations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> frustrations;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JourneyPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.PERSONA__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDemographics() {
		return demographics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemographics(String newDemographics) {
		String oldDemographics = demographics;
		demographics = newDemographics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.PERSONA__DEMOGRAPHICS, oldDemographics, demographics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JourneyPackage.PERSONA__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGoals() {
		if (goals == null) {
			goals = new EDataTypeUniqueEList<String>(String.class, this, JourneyPackage.PERSONA__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMotivations() {
		if (motivations == null) {
			motivations = new EDataTypeUniqueEList<String>(String.class, this, JourneyPackage.PERSONA__MOTIVATIONS);
		}
		return motivations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBehaviors() {
		if (behaviors == null) {
			behaviors = new EDataTypeUniqueEList<String>(String.class, this, JourneyPackage.PERSONA__BEHAVIORS);
		}
		return behaviors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFrustrations() {
		if (frustrations == null) {
			frustrations = new EDataTypeUniqueEList<String>(String.class, this, JourneyPackage.PERSONA__FRUSTRATIONS);
		}
		return frustrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Evidence>(Evidence.class, this, JourneyPackage.PERSONA__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JourneyPackage.PERSONA__ROLE:
				return getRole();
			case JourneyPackage.PERSONA__DEMOGRAPHICS:
				return getDemographics();
			case JourneyPackage.PERSONA__QUOTE:
				return getQuote();
			case JourneyPackage.PERSONA__GOALS:
				return getGoals();
			case JourneyPackage.PERSONA__MOTIVATIONS:
				return getMotivations();
			case JourneyPackage.PERSONA__BEHAVIORS:
				return getBehaviors();
			case JourneyPackage.PERSONA__FRUSTRATIONS:
				return getFrustrations();
			case JourneyPackage.PERSONA__EVIDENCE:
				return getEvidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JourneyPackage.PERSONA__ROLE:
				setRole((String)newValue);
				return;
			case JourneyPackage.PERSONA__DEMOGRAPHICS:
				setDemographics((String)newValue);
				return;
			case JourneyPackage.PERSONA__QUOTE:
				setQuote((String)newValue);
				return;
			case JourneyPackage.PERSONA__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends String>)newValue);
				return;
			case JourneyPackage.PERSONA__MOTIVATIONS:
				getMotivations().clear();
				getMotivations().addAll((Collection<? extends String>)newValue);
				return;
			case JourneyPackage.PERSONA__BEHAVIORS:
				getBehaviors().clear();
				getBehaviors().addAll((Collection<? extends String>)newValue);
				return;
			case JourneyPackage.PERSONA__FRUSTRATIONS:
				getFrustrations().clear();
				getFrustrations().addAll((Collection<? extends String>)newValue);
				return;
			case JourneyPackage.PERSONA__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JourneyPackage.PERSONA__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case JourneyPackage.PERSONA__DEMOGRAPHICS:
				setDemographics(DEMOGRAPHICS_EDEFAULT);
				return;
			case JourneyPackage.PERSONA__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case JourneyPackage.PERSONA__GOALS:
				getGoals().clear();
				return;
			case JourneyPackage.PERSONA__MOTIVATIONS:
				getMotivations().clear();
				return;
			case JourneyPackage.PERSONA__BEHAVIORS:
				getBehaviors().clear();
				return;
			case JourneyPackage.PERSONA__FRUSTRATIONS:
				getFrustrations().clear();
				return;
			case JourneyPackage.PERSONA__EVIDENCE:
				getEvidence().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JourneyPackage.PERSONA__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case JourneyPackage.PERSONA__DEMOGRAPHICS:
				return DEMOGRAPHICS_EDEFAULT == null ? demographics != null : !DEMOGRAPHICS_EDEFAULT.equals(demographics);
			case JourneyPackage.PERSONA__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case JourneyPackage.PERSONA__GOALS:
				return goals != null && !goals.isEmpty();
			case JourneyPackage.PERSONA__MOTIVATIONS:
				return motivations != null && !motivations.isEmpty();
			case JourneyPackage.PERSONA__BEHAVIORS:
				return behaviors != null && !behaviors.isEmpty();
			case JourneyPackage.PERSONA__FRUSTRATIONS:
				return frustrations != null && !frustrations.isEmpty();
			case JourneyPackage.PERSONA__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (role: ");
		result.append(role);
		result.append(", demographics: ");
		result.append(demographics);
		result.append(", quote: ");
		result.append(quote);
		result.append(", goals: ");
		result.append(goals);
		result.append(", motivations: ");
		result.append(motivations);
		result.append(", behaviors: ");
		result.append(behaviors);
		result.append(", frustrations: ");
		result.append(frustrations);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
