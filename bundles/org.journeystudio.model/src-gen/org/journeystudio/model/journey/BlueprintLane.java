/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Blueprint Lane</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The service blueprint lanes below the customer's actions.
 * <!-- end-model-doc -->
 * @see org.journeystudio.model.journey.JourneyPackage#getBlueprintLane()
 * @model
 * @generated
 */
public enum BlueprintLane implements Enumerator {
	/**
	 * The '<em><b>FRONTSTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONTSTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	FRONTSTAGE(0, "FRONTSTAGE", "FRONTSTAGE"),

	/**
	 * The '<em><b>BACKSTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKSTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	BACKSTAGE(1, "BACKSTAGE", "BACKSTAGE"),

	/**
	 * The '<em><b>SUPPORT PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORT_PROCESS(2, "SUPPORT_PROCESS", "SUPPORT_PROCESS"),

	/**
	 * The '<em><b>PHYSICAL EVIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_EVIDENCE(3, "PHYSICAL_EVIDENCE", "PHYSICAL_EVIDENCE");

	/**
	 * The '<em><b>FRONTSTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONTSTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRONTSTAGE_VALUE = 0;

	/**
	 * The '<em><b>BACKSTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKSTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BACKSTAGE_VALUE = 1;

	/**
	 * The '<em><b>SUPPORT PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORT_PROCESS_VALUE = 2;

	/**
	 * The '<em><b>PHYSICAL EVIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EVIDENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_EVIDENCE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Blueprint Lane</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BlueprintLane[] VALUES_ARRAY =
		new BlueprintLane[] {
			FRONTSTAGE,
			BACKSTAGE,
			SUPPORT_PROCESS,
			PHYSICAL_EVIDENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Blueprint Lane</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BlueprintLane> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Blueprint Lane</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlueprintLane get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BlueprintLane result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Blueprint Lane</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlueprintLane getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BlueprintLane result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Blueprint Lane</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlueprintLane get(int value) {
		switch (value) {
			case FRONTSTAGE_VALUE: return FRONTSTAGE;
			case BACKSTAGE_VALUE: return BACKSTAGE;
			case SUPPORT_PROCESS_VALUE: return SUPPORT_PROCESS;
			case PHYSICAL_EVIDENCE_VALUE: return PHYSICAL_EVIDENCE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private BlueprintLane(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //BlueprintLane
