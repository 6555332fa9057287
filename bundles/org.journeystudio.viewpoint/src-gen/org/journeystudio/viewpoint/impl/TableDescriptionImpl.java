/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.TableDescriptionImpl#getLineMappings <em>Line Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.TableDescriptionImpl#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TableDescriptionImpl extends RepresentationDescriptionImpl implements TableDescription {
	/**
	 * The cached value of the '{@link #getLineMappings() <em>Line Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<LineMapping> lineMappings;

	/**
	 * The cached value of the '{@link #getTools() <em>Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTools()
	 * @generated
	 * @ordered
	 */
	protected EList<Tool> tools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.TABLE_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LineMapping> getLineMappings() {
		if (lineMappings == null) {
			lineMappings = new EObjectContainmentEList<LineMapping>(LineMapping.class, this, ViewpointPackage.TABLE_DESCRIPTION__LINE_MAPPINGS);
		}
		return lineMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tool> getTools() {
		if (tools == null) {
			tools = new EObjectContainmentEList<Tool>(Tool.class, this, ViewpointPackage.TABLE_DESCRIPTION__TOOLS);
		}
		return tools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				return ((InternalEList<?>)getLineMappings()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.TABLE_DESCRIPTION__TOOLS:
				return ((InternalEList<?>)getTools()).basicRemove(otherEnd, msgs);
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
			case ViewpointPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				return getLineMappings();
			case ViewpointPackage.TABLE_DESCRIPTION__TOOLS:
				return getTools();
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
			case ViewpointPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				getLineMappings().clear();
				getLineMappings().addAll((Collection<? extends LineMapping>)newValue);
				return;
			case ViewpointPackage.TABLE_DESCRIPTION__TOOLS:
				getTools().clear();
				getTools().addAll((Collection<? extends Tool>)newValue);
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
			case ViewpointPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				getLineMappings().clear();
				return;
			case ViewpointPackage.TABLE_DESCRIPTION__TOOLS:
				getTools().clear();
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
			case ViewpointPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				return lineMappings != null && !lineMappings.isEmpty();
			case ViewpointPackage.TABLE_DESCRIPTION__TOOLS:
				return tools != null && !tools.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TableDescriptionImpl
