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

import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.ElementColumnMapping;
import org.journeystudio.viewpoint.IntersectionMapping;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cross Table Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.CrossTableDescriptionImpl#getColumnMappings <em>Column Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.CrossTableDescriptionImpl#getIntersections <em>Intersections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrossTableDescriptionImpl extends TableDescriptionImpl implements CrossTableDescription {
	/**
	 * The cached value of the '{@link #getColumnMappings() <em>Column Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ElementColumnMapping> columnMappings;

	/**
	 * The cached value of the '{@link #getIntersections() <em>Intersections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntersections()
	 * @generated
	 * @ordered
	 */
	protected EList<IntersectionMapping> intersections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrossTableDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.CROSS_TABLE_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElementColumnMapping> getColumnMappings() {
		if (columnMappings == null) {
			columnMappings = new EObjectContainmentEList<ElementColumnMapping>(ElementColumnMapping.class, this, ViewpointPackage.CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS);
		}
		return columnMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IntersectionMapping> getIntersections() {
		if (intersections == null) {
			intersections = new EObjectContainmentEList<IntersectionMapping>(IntersectionMapping.class, this, ViewpointPackage.CROSS_TABLE_DESCRIPTION__INTERSECTIONS);
		}
		return intersections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS:
				return ((InternalEList<?>)getColumnMappings()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__INTERSECTIONS:
				return ((InternalEList<?>)getIntersections()).basicRemove(otherEnd, msgs);
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
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS:
				return getColumnMappings();
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__INTERSECTIONS:
				return getIntersections();
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
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS:
				getColumnMappings().clear();
				getColumnMappings().addAll((Collection<? extends ElementColumnMapping>)newValue);
				return;
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__INTERSECTIONS:
				getIntersections().clear();
				getIntersections().addAll((Collection<? extends IntersectionMapping>)newValue);
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
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS:
				getColumnMappings().clear();
				return;
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__INTERSECTIONS:
				getIntersections().clear();
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
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS:
				return columnMappings != null && !columnMappings.isEmpty();
			case ViewpointPackage.CROSS_TABLE_DESCRIPTION__INTERSECTIONS:
				return intersections != null && !intersections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CrossTableDescriptionImpl
