/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.ContainerArrangement;
import org.journeystudio.viewpoint.ContainerMapping;
import org.journeystudio.viewpoint.NodeMapping;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.ContainerMappingImpl#getArrangement <em>Arrangement</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ContainerMappingImpl#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ContainerMappingImpl#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerMappingImpl extends AbstractNodeMappingImpl implements ContainerMapping {
	/**
	 * The default value of the '{@link #getArrangement() <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangement()
	 * @generated
	 * @ordered
	 */
	protected static final ContainerArrangement ARRANGEMENT_EDEFAULT = ContainerArrangement.FREE;

	/**
	 * The cached value of the '{@link #getArrangement() <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangement()
	 * @generated
	 * @ordered
	 */
	protected ContainerArrangement arrangement = ARRANGEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubNodeMappings() <em>Sub Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> subNodeMappings;

	/**
	 * The cached value of the '{@link #getSubContainerMappings() <em>Sub Container Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> subContainerMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.CONTAINER_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerArrangement getArrangement() {
		return arrangement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArrangement(ContainerArrangement newArrangement) {
		ContainerArrangement oldArrangement = arrangement;
		arrangement = newArrangement == null ? ARRANGEMENT_EDEFAULT : newArrangement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.CONTAINER_MAPPING__ARRANGEMENT, oldArrangement, arrangement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getSubNodeMappings() {
		if (subNodeMappings == null) {
			subNodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, ViewpointPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS);
		}
		return subNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getSubContainerMappings() {
		if (subContainerMappings == null) {
			subContainerMappings = new EObjectContainmentEList<ContainerMapping>(ContainerMapping.class, this, ViewpointPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS);
		}
		return subContainerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return ((InternalEList<?>)getSubNodeMappings()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return ((InternalEList<?>)getSubContainerMappings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.CONTAINER_MAPPING__ARRANGEMENT:
				return getArrangement();
			case ViewpointPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return getSubNodeMappings();
			case ViewpointPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return getSubContainerMappings();
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
			case ViewpointPackage.CONTAINER_MAPPING__ARRANGEMENT:
				setArrangement((ContainerArrangement)newValue);
				return;
			case ViewpointPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				getSubNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case ViewpointPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				getSubContainerMappings().clear();
				getSubContainerMappings().addAll((Collection<? extends ContainerMapping>)newValue);
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
			case ViewpointPackage.CONTAINER_MAPPING__ARRANGEMENT:
				setArrangement(ARRANGEMENT_EDEFAULT);
				return;
			case ViewpointPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				return;
			case ViewpointPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				getSubContainerMappings().clear();
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
			case ViewpointPackage.CONTAINER_MAPPING__ARRANGEMENT:
				return arrangement != ARRANGEMENT_EDEFAULT;
			case ViewpointPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return subNodeMappings != null && !subNodeMappings.isEmpty();
			case ViewpointPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return subContainerMappings != null && !subContainerMappings.isEmpty();
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
		result.append(" (arrangement: ");
		result.append(arrangement);
		result.append(')');
		return result.toString();
	}

} //ContainerMappingImpl
