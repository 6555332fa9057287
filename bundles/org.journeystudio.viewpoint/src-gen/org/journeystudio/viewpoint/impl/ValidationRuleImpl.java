/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.RuleSeverity;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Validation Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.ValidationRuleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ValidationRuleImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ValidationRuleImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ValidationRuleImpl#getConditionExpression <em>Condition Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ValidationRuleImpl#getMessageExpression <em>Message Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValidationRuleImpl extends DocumentedElementImpl implements ValidationRule {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final RuleSeverity SEVERITY_EDEFAULT = RuleSeverity.ERROR;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected RuleSeverity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConditionExpression() <em>Condition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditionExpression() <em>Condition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionExpression()
	 * @generated
	 * @ordered
	 */
	protected String conditionExpression = CONDITION_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageExpression() <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageExpression() <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageExpression()
	 * @generated
	 * @ordered
	 */
	protected String messageExpression = MESSAGE_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValidationRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.VALIDATION_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.VALIDATION_RULE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleSeverity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(RuleSeverity newSeverity) {
		RuleSeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.VALIDATION_RULE__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass) {
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.VALIDATION_RULE__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditionExpression() {
		return conditionExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditionExpression(String newConditionExpression) {
		String oldConditionExpression = conditionExpression;
		conditionExpression = newConditionExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.VALIDATION_RULE__CONDITION_EXPRESSION, oldConditionExpression, conditionExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageExpression() {
		return messageExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageExpression(String newMessageExpression) {
		String oldMessageExpression = messageExpression;
		messageExpression = newMessageExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.VALIDATION_RULE__MESSAGE_EXPRESSION, oldMessageExpression, messageExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.VALIDATION_RULE__ID:
				return getId();
			case ViewpointPackage.VALIDATION_RULE__SEVERITY:
				return getSeverity();
			case ViewpointPackage.VALIDATION_RULE__DOMAIN_CLASS:
				return getDomainClass();
			case ViewpointPackage.VALIDATION_RULE__CONDITION_EXPRESSION:
				return getConditionExpression();
			case ViewpointPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				return getMessageExpression();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.VALIDATION_RULE__ID:
				setId((String)newValue);
				return;
			case ViewpointPackage.VALIDATION_RULE__SEVERITY:
				setSeverity((RuleSeverity)newValue);
				return;
			case ViewpointPackage.VALIDATION_RULE__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case ViewpointPackage.VALIDATION_RULE__CONDITION_EXPRESSION:
				setConditionExpression((String)newValue);
				return;
			case ViewpointPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				setMessageExpression((String)newValue);
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
			case ViewpointPackage.VALIDATION_RULE__ID:
				setId(ID_EDEFAULT);
				return;
			case ViewpointPackage.VALIDATION_RULE__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case ViewpointPackage.VALIDATION_RULE__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case ViewpointPackage.VALIDATION_RULE__CONDITION_EXPRESSION:
				setConditionExpression(CONDITION_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				setMessageExpression(MESSAGE_EXPRESSION_EDEFAULT);
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
			case ViewpointPackage.VALIDATION_RULE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ViewpointPackage.VALIDATION_RULE__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case ViewpointPackage.VALIDATION_RULE__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case ViewpointPackage.VALIDATION_RULE__CONDITION_EXPRESSION:
				return CONDITION_EXPRESSION_EDEFAULT == null ? conditionExpression != null : !CONDITION_EXPRESSION_EDEFAULT.equals(conditionExpression);
			case ViewpointPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				return MESSAGE_EXPRESSION_EDEFAULT == null ? messageExpression != null : !MESSAGE_EXPRESSION_EDEFAULT.equals(messageExpression);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", severity: ");
		result.append(severity);
		result.append(", domainClass: ");
		result.append(domainClass);
		result.append(", conditionExpression: ");
		result.append(conditionExpression);
		result.append(", messageExpression: ");
		result.append(messageExpression);
		result.append(')');
		return result.toString();
	}

} //ValidationRuleImpl
