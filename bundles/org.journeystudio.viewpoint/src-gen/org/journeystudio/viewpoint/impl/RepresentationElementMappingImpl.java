/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.RepresentationElementMapping;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Representation Element Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.RepresentationElementMappingImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.RepresentationElementMappingImpl#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.RepresentationElementMappingImpl#getPrecondition <em>Precondition</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RepresentationElementMappingImpl extends IdentifiedElementImpl implements RepresentationElementMapping {
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
	 * The default value of the '{@link #getSemanticCandidates() <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticCandidates()
	 * @generated
	 * @ordered
	 */
	protected static final String SEMANTIC_CANDIDATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSemanticCandidates() <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticCandidates()
	 * @generated
	 * @ordered
	 */
	protected String semanticCandidates = SEMANTIC_CANDIDATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected static final String PRECONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected String precondition = PRECONDITION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepresentationElementMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.REPRESENTATION_ELEMENT_MAPPING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSemanticCandidates() {
		return semanticCandidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticCandidates(String newSemanticCandidates) {
		String oldSemanticCandidates = semanticCandidates;
		semanticCandidates = newSemanticCandidates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES, oldSemanticCandidates, semanticCandidates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrecondition() {
		return precondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecondition(String newPrecondition) {
		String oldPrecondition = precondition;
		precondition = newPrecondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION, oldPrecondition, precondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS:
				return getDomainClass();
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES:
				return getSemanticCandidates();
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION:
				return getPrecondition();
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
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES:
				setSemanticCandidates((String)newValue);
				return;
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION:
				setPrecondition((String)newValue);
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
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES:
				setSemanticCandidates(SEMANTIC_CANDIDATES_EDEFAULT);
				return;
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION:
				setPrecondition(PRECONDITION_EDEFAULT);
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
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES:
				return SEMANTIC_CANDIDATES_EDEFAULT == null ? semanticCandidates != null : !SEMANTIC_CANDIDATES_EDEFAULT.equals(semanticCandidates);
			case ViewpointPackage.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION:
				return PRECONDITION_EDEFAULT == null ? precondition != null : !PRECONDITION_EDEFAULT.equals(precondition);
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
		result.append(" (domainClass: ");
		result.append(domainClass);
		result.append(", semanticCandidates: ");
		result.append(semanticCandidates);
		result.append(", precondition: ");
		result.append(precondition);
		result.append(')');
		return result.toString();
	}

} //RepresentationElementMappingImpl
